package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordShortlisting: the shortlisting decision goes on the application. */
@Component("recordShortlistingDelegate")
class RecordShortlistingDelegate implements JavaDelegate {

    private final ApplicationReview service;

    RecordShortlistingDelegate(ApplicationReview service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordShortlisting(execution.getProcessBusinessKey(), (Boolean) execution.getVariable(VAR_SHORTLISTED),
                ((Number) execution.getVariable(VAR_MEAN_SCORE)).doubleValue());
    }
}
