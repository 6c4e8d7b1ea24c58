package org.fellowflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkPhaseLate: the start date came with posts still open. */
@Component("markPhaseLateDelegate")
class MarkPhaseLateDelegate implements JavaDelegate {

    private final PhaseService phases;

    MarkPhaseLateDelegate(PhaseService phases) {
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        phases.markLate(execution.getProcessBusinessKey());
    }
}
