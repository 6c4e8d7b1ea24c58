package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordChecks: each pre-start check is recorded; all three must pass. */
@Component("recordChecksDelegate")
class RecordChecksDelegate implements JavaDelegate {

    private final AppointmentService service;

    RecordChecksDelegate(AppointmentService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_CHECKS_PASSED, service.recordChecks(execution.getProcessBusinessKey(),
                FormValues.isTrue(execution.getVariable(VAR_REFERENCES_CHECKED)),
                FormValues.isTrue(execution.getVariable(VAR_RIGHT_TO_WORK_CHECKED)),
                FormValues.isTrue(execution.getVariable(VAR_HEALTH_CHECKED))));
    }
}
