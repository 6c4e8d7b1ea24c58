package org.fellowflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckPosts: tells the process whether every post of the phase is filled. */
@Component("checkPostsDelegate")
class CheckPostsDelegate implements JavaDelegate {

    private final PhaseService phases;

    CheckPostsDelegate(PhaseService phases) {
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(FellowshipPhaseProcess.VAR_ALL_POSTS_FILLED,
                phases.allPostsFilled(execution.getProcessBusinessKey()));
    }
}
