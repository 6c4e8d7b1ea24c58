package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.fellowflow.UnreadVariableHistory;
import org.springframework.stereotype.Component;

/**
 * A panel member's form fields leave no variable history: the panel tables keep each assessment (who, when, the
 * conflict declared, the scores and the recommendation), and Camunda's user operation log keeps who completed the
 * task. The fields reach the process instance only for the completion that records them, which removes them again
 * ({@link RecordAssessmentListener}); their history was over half of an application's variable history
 * (docs/benchmarks.md).
 */
@Component
class PanelFormHistory implements UnreadVariableHistory {

    @Override
    public boolean covers(HistoricVariableUpdateEventEntity variable) {
        // Every variable event passes here: the cheap comparisons come before the name's pattern.
        return variable.getTaskId() == null && KEY.equals(variable.getProcessDefinitionKey())
                && PanelFormFields.isField(variable.getVariableName());
    }
}
