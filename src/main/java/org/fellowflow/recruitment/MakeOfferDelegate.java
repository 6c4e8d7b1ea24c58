package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MakeOffer: the post held for the candidate is offered until the lapse date. */
@Component("makeOfferDelegate")
class MakeOfferDelegate implements JavaDelegate {

    private final OfferService service;

    MakeOfferDelegate(OfferService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OfferService.OfferTimes times = service.makeOffer(execution.getProcessBusinessKey());
        execution.setVariable(VAR_OFFER_LAPSES_AT, times.lapsesAt());
        execution.setVariable(VAR_OFFER_REMINDER_AT, times.remindAt());
    }
}
