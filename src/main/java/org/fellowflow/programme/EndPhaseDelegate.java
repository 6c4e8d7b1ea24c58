package org.fellowflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndPhase: every fellow's journey has ended. */
@Component("endPhaseDelegate")
class EndPhaseDelegate implements JavaDelegate {

    private final PhaseService phases;

    EndPhaseDelegate(PhaseService phases) {
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        phases.end(execution.getProcessBusinessKey());
    }
}
