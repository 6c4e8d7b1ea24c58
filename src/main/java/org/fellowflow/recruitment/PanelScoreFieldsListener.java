package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gave each panel member's assessment task a local score field for each of the round's criteria. The process no
 * longer names it: {@link RecordAssessmentListener} removes the fields a completion sets instead, which writes
 * nothing. The versions of the process deployed before that still name it, and applications running on them call
 * it when a panel round starts, so it stays as long as such applications may be running.
 */
@Component("panelScoreFieldsListener")
class PanelScoreFieldsListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        int criteria = ((Number) execution.getVariable(VAR_CRITERION_COUNT)).intValue();
        for (int i = 1; i <= criteria; i++) {
            execution.setVariableLocal(VAR_SCORE_PREFIX + i, null);
        }
    }
}
