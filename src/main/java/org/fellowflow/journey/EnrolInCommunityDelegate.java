package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EnrolInCommunity: the fellow joins the programme's community of practice. */
@Component("enrolInCommunityDelegate")
class EnrolInCommunityDelegate implements JavaDelegate {

    private final JourneySteps steps;

    EnrolInCommunityDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.enrolInCommunity(execution.getProcessBusinessKey());
    }
}
