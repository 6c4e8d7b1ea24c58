package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_JoinReserveList: the candidate waits on the reserve list, ranked by interview score. */
@Component("joinReserveListDelegate")
class JoinReserveListDelegate implements JavaDelegate {

    private final OfferService service;

    JoinReserveListDelegate(OfferService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.joinReserveList(execution.getProcessBusinessKey());
    }
}
