package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fellowflow.panel.AssessmentRound;
import org.springframework.stereotype.Component;

/**
 * On completion of a panel member's assessment task, records the assessment in the panel tables, then removes the
 * form's fields. A completion sets them on the process instance, where the next member's form would show them;
 * removed in the command that set them, they are never written to the database, so no member sees another's
 * scores and members who assess at once never share a stored field.
 */
@Component("recordAssessmentListener")
class RecordAssessmentListener implements TaskListener {

    private final PanelRounds rounds;

    RecordAssessmentListener(PanelRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        AssessmentRound round = TASK_ASSESS_INTERVIEW.equals(task.getTaskDefinitionKey())
                ? AssessmentRound.INTERVIEW : AssessmentRound.SHORTLISTING;
        boolean conflict = FormValues.isTrue(task.getVariable(VAR_CONFLICT_OF_INTEREST));
        int criteria = ((Number) task.getVariable(VAR_CRITERION_COUNT)).intValue();
        List<Integer> scores = new ArrayList<>();
        for (int i = 1; i <= criteria; i++) {
            Object score = task.getVariable(VAR_SCORE_PREFIX + i);
            scores.add(score == null ? null : ((Number) score).intValue());
        }
        rounds.record(task.getExecution().getProcessBusinessKey(), round, (String) task.getVariable(VAR_PANEL_MEMBER),
                conflict, (String) task.getVariable(VAR_CONFLICT_NOTE), scores,
                (String) task.getVariable(VAR_RECOMMENDATION));
        // Every field the completion sent, not only the criteria's: a score the form hides can still come in.
        task.getVariableNames().stream().filter(PanelFormFields::isField).forEach(task::removeVariable);
    }
}
