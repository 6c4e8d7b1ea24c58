package org.fellowflow.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindOffer: two days before the offer lapses, the candidate is reminded. */
@Component("remindOfferDelegate")
class RemindOfferDelegate implements JavaDelegate {

    private final OfferService service;

    RemindOfferDelegate(OfferService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.remind(execution.getProcessBusinessKey());
    }
}
