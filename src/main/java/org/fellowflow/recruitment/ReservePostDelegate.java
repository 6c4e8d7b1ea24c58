package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReservePost: atomically takes an open post of the phase for this candidate, if one is left. */
@Component("reservePostDelegate")
class ReservePostDelegate implements JavaDelegate {

    private final OfferService service;

    ReservePostDelegate(OfferService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_POST_RESERVED, service.reservePost(execution.getProcessBusinessKey()));
    }
}
