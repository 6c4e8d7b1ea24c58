package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordScreening: the recruiter's eligibility decision goes on the application. */
@Component("recordScreeningDelegate")
class RecordScreeningDelegate implements JavaDelegate {

    private final ApplicationReview service;

    RecordScreeningDelegate(ApplicationReview service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean eligible = FormValues.isTrue(execution.getVariable(VAR_ELIGIBLE));
        service.recordScreening(execution.getProcessBusinessKey(), eligible,
                (String) execution.getVariable(VAR_SCREENING_REASON));
        execution.setVariable(VAR_ELIGIBLE, eligible);
    }
}
