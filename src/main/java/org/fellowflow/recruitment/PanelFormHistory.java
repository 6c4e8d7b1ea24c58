package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.fellowflow.UnreadVariableHistory;
import org.springframework.stereotype.Component;

/**
 * A panel member's form fields, local to their assessment task, leave no variable history: the panel tables
 * keep each assessment (who, when, the conflict declared, the scores and the recommendation), and Camunda's
 * user operation log keeps who completed the task. Their history was over half of an application's variable
 * history (docs/benchmarks.md). Values that reach the process instance itself keep their history.
 */
@Component
class PanelFormHistory implements UnreadVariableHistory {

    private static final Set<String> FIELDS = Set.of(VAR_CONFLICT_OF_INTEREST, VAR_CONFLICT_NOTE, VAR_RECOMMENDATION);
    private static final Pattern SCORE = Pattern.compile(Pattern.quote(VAR_SCORE_PREFIX) + "\\d+");

    @Override
    public boolean covers(HistoricVariableUpdateEventEntity variable) {
        // Every variable event passes here: the cheap comparisons come before the name's pattern.
        String name = variable.getVariableName();
        return variable.getTaskId() == null && variable.getExecutionId() != null
                && !variable.getExecutionId().equals(variable.getProcessInstanceId())
                && KEY.equals(variable.getProcessDefinitionKey())
                && (FIELDS.contains(name) || SCORE.matcher(name).matches());
    }
}
