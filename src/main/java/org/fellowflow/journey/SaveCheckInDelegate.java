package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SaveCheckIn: the supervisor's check-in record goes on the journey. */
@Component("saveCheckInDelegate")
class SaveCheckInDelegate implements JavaDelegate {

    private final JourneySteps steps;

    SaveCheckInDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.checkIn(execution.getProcessBusinessKey(), (String) execution.getVariable("checkInProgress"),
                (String) execution.getVariable("checkInRisks"), (String) execution.getVariable("checkInSupport"));
        // The next check-in's form must open empty, not with these answers.
        execution.removeVariables(java.util.List.of("checkInProgress", "checkInRisks", "checkInSupport"));
    }
}
