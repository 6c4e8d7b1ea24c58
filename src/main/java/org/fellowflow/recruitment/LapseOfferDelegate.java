package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_LapseOffer: nobody answered the offer in time. */
@Component("lapseOfferDelegate")
class LapseOfferDelegate implements JavaDelegate {

    private final OfferService service;

    LapseOfferDelegate(OfferService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.lapse(execution.getProcessBusinessKey());
    }
}
