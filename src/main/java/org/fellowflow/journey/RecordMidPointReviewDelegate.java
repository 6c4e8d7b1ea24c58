package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordMidPointReview: the chair's mid-point review goes on the journey. */
@Component("recordMidPointReviewDelegate")
class RecordMidPointReviewDelegate implements JavaDelegate {

    private final JourneySteps steps;

    RecordMidPointReviewDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.reviewMidPoint(execution.getProcessBusinessKey(),
                FormAnswers.isTrue(execution.getVariable("midPointOnTrack")),
                (String) execution.getVariable("midPointNotes"));
    }
}
