package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.fellowflow.panel.AssessmentRound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CountInterviewScores: sums up the interview scores and recommendations that count. */
@Component("countInterviewScoresDelegate")
class CountInterviewScoresDelegate implements JavaDelegate {

    private final PanelRounds service;

    CountInterviewScoresDelegate(PanelRounds service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PanelRoundVariables.set(execution, service.count(execution.getProcessBusinessKey(), AssessmentRound.INTERVIEW));
    }
}
