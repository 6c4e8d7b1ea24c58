package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives each panel member's assessment task a local score field for each of the round's criteria, so that
 * members scoring at once never write to the same variable. The form shows a score field only for the
 * programme's criteria and sends no other; fields for criteria the programme does not have are not created
 * (each would be a variable written and deleted for nothing).
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
