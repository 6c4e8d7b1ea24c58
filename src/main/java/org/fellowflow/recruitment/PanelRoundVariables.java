package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.fellowflow.panel.AssessmentSummary;

/** How a panel round shows in the process: who assesses, the criteria's names, and what the scores add up to. */
final class PanelRoundVariables {

    private PanelRoundVariables() {
    }

    static void set(DelegateExecution execution, PanelRounds.Round round) {
        // The round's assessment tasks are created from the list in the same transaction, and nothing reads it
        // after that: each task has its member as assignee, in its history too. So the list is transient, never
        // written: stored, it was a serialized object that each decision after the round read back and
        // deserialized (docs/benchmarks.md). An application that reached a round before this has the list
        // stored, and the engine lets no transient value take a stored one's place, even one removed in the
        // same transaction: there the list stays stored.
        List<String> members = new ArrayList<>(round.members());
        execution.setVariable(VAR_PANEL_MEMBERS, execution.hasVariable(VAR_PANEL_MEMBERS) ? members
                : Variables.objectValue(members, true).create());
        execution.setVariable(VAR_CRITERION_COUNT, round.criteria().size());
        for (int i = 0; i < round.criteria().size(); i++) {
            execution.setVariable(VAR_CRITERION_PREFIX + (i + 1), round.criteria().get(i));
        }
    }

    static void set(DelegateExecution execution, AssessmentSummary summary) {
        execution.setVariable(VAR_ENOUGH_SCORES, summary.enough());
        execution.setVariable(VAR_MEAN_SCORE, summary.meanScore());
        execution.setVariable(VAR_LOWEST_CRITERION_MEAN, summary.lowestCriterionMean());
        execution.setVariable(VAR_APPOINT_SHARE, summary.appointShare());
    }
}
