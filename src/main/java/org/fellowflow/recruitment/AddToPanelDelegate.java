package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AddToShortlistingPanel, Task_AddToInterviewPanel: the member the recruiter named joins the phase's panel. */
@Component("addToPanelDelegate")
class AddToPanelDelegate implements JavaDelegate {

    private final PanelRounds service;

    AddToPanelDelegate(PanelRounds service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.addMember(execution.getProcessBusinessKey(), (String) execution.getVariable(VAR_NEW_PANEL_MEMBER));
    }
}
