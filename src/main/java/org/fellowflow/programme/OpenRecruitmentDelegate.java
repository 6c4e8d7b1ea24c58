package org.fellowflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenRecruitment: the phase recruits, at launch or again when a post reopens. */
@Component("openRecruitmentDelegate")
class OpenRecruitmentDelegate implements JavaDelegate {

    private final PhaseService phases;

    OpenRecruitmentDelegate(PhaseService phases) {
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        phases.openRecruitment(execution.getProcessBusinessKey());
    }
}
