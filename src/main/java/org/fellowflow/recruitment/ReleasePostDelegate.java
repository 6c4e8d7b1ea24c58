package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReleasePost: the post is open again (PostReleased) and offered to the best reserve candidate. */
@Component("releasePostDelegate")
class ReleasePostDelegate implements JavaDelegate {

    private final AppointmentService service;

    ReleasePostDelegate(AppointmentService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.releasePost(execution.getProcessBusinessKey());
    }
}
