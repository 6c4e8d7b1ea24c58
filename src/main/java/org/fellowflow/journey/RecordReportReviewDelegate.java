package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordReportReview: the programme team's verdict on the final report. */
@Component("recordReportReviewDelegate")
class RecordReportReviewDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // The gateway after it tests a boolean, whichever way the form gave the answer.
        execution.setVariable(VAR_REPORT_APPROVED, FormAnswers.isTrue(execution.getVariable(VAR_REPORT_APPROVED)));
    }
}
