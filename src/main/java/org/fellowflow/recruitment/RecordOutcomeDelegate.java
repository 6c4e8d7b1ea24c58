package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordOutcome: the outcome the chair confirmed (or overturned, with a reason) stands. */
@Component("recordOutcomeDelegate")
class RecordOutcomeDelegate implements JavaDelegate {

    private final ApplicationReview service;

    RecordOutcomeDelegate(ApplicationReview service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String confirmed = (String) execution.getVariable(VAR_CONFIRMED_OUTCOME);
        service.recordOutcome(execution.getProcessBusinessKey(), (String) execution.getVariable(VAR_SUGGESTED_OUTCOME),
                confirmed, (String) execution.getVariable(VAR_OVERTURN_REASON),
                ((Number) execution.getVariable(VAR_MEAN_SCORE)).doubleValue());
        execution.setVariable(VAR_OUTCOME, confirmed);
    }
}
