package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.fellowflow.panel.AssessmentRound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareShortlisting: one shortlisting task for each panel member who has not yet assessed. */
@Component("prepareShortlistingDelegate")
class PrepareShortlistingDelegate implements JavaDelegate {

    private final PanelRounds service;

    PrepareShortlistingDelegate(PanelRounds service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PanelRounds.Round round = service.prepare((String) execution.getVariable(VAR_PHASE_KEY),
                execution.getProcessBusinessKey(), AssessmentRound.SHORTLISTING);
        PanelRoundVariables.set(execution, round);
    }
}
