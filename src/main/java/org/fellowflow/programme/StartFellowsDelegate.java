package org.fellowflow.programme;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fellowflow.placement.PlacementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartFellows: the start date has come for a filled phase; each appointed fellow's journey begins. */
@Component("startFellowsDelegate")
class StartFellowsDelegate implements JavaDelegate {

    private final PhaseService phases;
    private final PlacementService placement;

    StartFellowsDelegate(PhaseService phases, PlacementService placement) {
        this.phases = phases;
        this.placement = placement;
    }

    @Override
    public void execute(DelegateExecution execution) {
        phases.startFellows(execution.getProcessBusinessKey());
        execution.setVariable(FellowshipPhaseProcess.VAR_FELLOWS,
                new ArrayList<>(placement.appointedFellowsOf(execution.getProcessBusinessKey())));
    }
}
