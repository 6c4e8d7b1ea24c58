package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyOfferResponse: the answer a recruiter recorded goes on the offer. */
@Component("applyOfferResponseDelegate")
class ApplyOfferResponseDelegate implements JavaDelegate {

    private final OfferService service;

    ApplyOfferResponseDelegate(OfferService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean accepted = FormValues.isTrue(execution.getVariable(VAR_OFFER_ACCEPTED));
        service.recordAnswer(execution.getProcessBusinessKey(), accepted);
        execution.setVariable(VAR_OFFER_ACCEPTED, accepted);
    }
}
