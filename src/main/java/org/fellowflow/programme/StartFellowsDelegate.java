package org.fellowflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartFellows: the start date has come for a filled phase. */
@Component("startFellowsDelegate")
class StartFellowsDelegate implements JavaDelegate {

    private final PhaseService phases;

    StartFellowsDelegate(PhaseService phases) {
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        phases.startFellows(execution.getProcessBusinessKey());
    }
}
