package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_BeginJourney: the fellow starts; the journey's dates and training plan are set. */
@Component("beginJourneyDelegate")
class BeginJourneyDelegate implements JavaDelegate {

    private final JourneySteps steps;

    BeginJourneyDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneySteps.Timers timers = steps.begin(execution.getProcessBusinessKey());
        execution.setVariable(VAR_MID_POINT_AT, timers.midPointAt());
        execution.setVariable(VAR_END_AT, timers.endAt());
        execution.setVariable(VAR_CHECK_IN_CYCLE, timers.checkInCycle());
    }
}
