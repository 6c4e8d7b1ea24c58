package org.fellowflow.programme;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Starts and steers fellowship-phase process instances; the only place that talks to the engine about phases. */
@Component
class PhaseProcesses {

    private final RuntimeService runtime;
    private final ManagementService management;

    PhaseProcesses(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    String start(String phaseKey) {
        return runtime.startProcessInstanceByKey(FellowshipPhaseProcess.KEY, phaseKey).getId();
    }

    /** A phase whose launch date changed before it launched: its launch timer moves with it. */
    void moveLaunch(String processInstanceId, Date launch) {
        Job timer = management.createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(FellowshipPhaseProcess.EVENT_LAUNCH_DATE)
                .singleResult();
        if (timer != null) {
            management.setJobDuedate(timer.getId(), launch);
        }
    }

    void postFilled(String phaseKey) {
        correlate(FellowshipPhaseProcess.MESSAGE_POST_FILLED, phaseKey);
    }

    void postReleased(String phaseKey) {
        correlate(FellowshipPhaseProcess.MESSAGE_POST_RELEASED, phaseKey);
    }

    /*
     * correlateAll, not correlate: a phase not waiting for the message (not launched yet, or its check of the
     * posts already queued) needs none, because the check reads the posts from the table, not from the message.
     */
    private void correlate(String message, String phaseKey) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(phaseKey)
                .correlateAll();
    }
}
