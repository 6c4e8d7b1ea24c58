package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordReportReview: the programme team's verdict on the final report. */
@Component("recordReportReviewDelegate")
class RecordReportReviewDelegate implements JavaDelegate {

    private final JourneySteps steps;

    RecordReportReviewDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object approved = execution.getVariable(VAR_REPORT_APPROVED);
        execution.setVariable(VAR_REPORT_APPROVED,
                approved instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(approved)));
    }
}
