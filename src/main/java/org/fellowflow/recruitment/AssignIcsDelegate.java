package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssignIcs: the new fellow gets a lead ICS and any further ICSs. */
@Component("assignIcsDelegate")
class AssignIcsDelegate implements JavaDelegate {

    private final AppointmentService service;

    AssignIcsDelegate(AppointmentService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.assignIcs(execution.getProcessBusinessKey());
    }
}
