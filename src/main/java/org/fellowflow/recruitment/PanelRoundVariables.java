package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fellowflow.panel.AssessmentSummary;

/** How a panel round shows in the process: who assesses, the criteria's names, and what the scores add up to. */
final class PanelRoundVariables {

    private PanelRoundVariables() {
    }

    static void set(DelegateExecution execution, PanelRounds.Round round) {
        execution.setVariable(VAR_PANEL_MEMBERS, new java.util.ArrayList<>(round.members()));
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
