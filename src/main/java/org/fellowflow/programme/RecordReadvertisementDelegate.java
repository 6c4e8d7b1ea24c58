package org.fellowflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordReadvertisement: the phase's open posts are advertised again, and the date kept. */
@Component("recordReadvertisementDelegate")
class RecordReadvertisementDelegate implements JavaDelegate {

    private final PhaseService phases;

    RecordReadvertisementDelegate(PhaseService phases) {
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        phases.recordReadvertisement(execution.getProcessBusinessKey());
    }
}
