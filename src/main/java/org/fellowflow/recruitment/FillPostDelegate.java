package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_FillPost: the post is filled and the phase hears of it (PostFilled). */
@Component("fillPostDelegate")
class FillPostDelegate implements JavaDelegate {

    private final AppointmentService service;

    FillPostDelegate(AppointmentService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.fillPost(execution.getProcessBusinessKey());
    }
}
