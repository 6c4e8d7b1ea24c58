package org.fellowflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRecruitment: every post is filled. */
@Component("closeRecruitmentDelegate")
class CloseRecruitmentDelegate implements JavaDelegate {

    private final PhaseService phases;

    CloseRecruitmentDelegate(PhaseService phases) {
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        phases.closeRecruitment(execution.getProcessBusinessKey());
    }
}
