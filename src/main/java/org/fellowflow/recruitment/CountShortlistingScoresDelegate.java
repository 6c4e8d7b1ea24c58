package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.fellowflow.panel.AssessmentRound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CountShortlistingScores: sums up the scores that count (members without a conflict). */
@Component("countShortlistingScoresDelegate")
class CountShortlistingScoresDelegate implements JavaDelegate {

    private final PanelRounds service;

    CountShortlistingScoresDelegate(PanelRounds service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PanelRoundVariables.set(execution, service.count(execution.getProcessBusinessKey(), AssessmentRound.SHORTLISTING));
    }
}
