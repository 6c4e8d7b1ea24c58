package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompleteFellowship: the fellow has completed, with their outputs. */
@Component("completeFellowshipDelegate")
class CompleteFellowshipDelegate implements JavaDelegate {

    private final JourneySteps steps;

    CompleteFellowshipDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.complete(execution.getProcessBusinessKey());
    }
}
