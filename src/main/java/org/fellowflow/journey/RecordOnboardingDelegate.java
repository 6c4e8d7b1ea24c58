package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordOnboarding: host team, supervisor, hours and the backfill agreement go on the journey. */
@Component("recordOnboardingDelegate")
class RecordOnboardingDelegate implements JavaDelegate {

    private final JourneySteps steps;

    RecordOnboardingDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.onboard(execution.getProcessBusinessKey(), (String) execution.getVariable("hostTeam"),
                (String) execution.getVariable("supervisor"),
                ((Number) execution.getVariable("hoursPerWeek")).doubleValue(),
                (String) execution.getVariable("backfillAgreement"));
    }
}
