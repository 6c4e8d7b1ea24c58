package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TellReserveListClosed: the fellows have started and the reserve list has closed. */
@Component("tellReserveListClosedDelegate")
class TellReserveListClosedDelegate implements JavaDelegate {

    private final RecruitmentClosure service;

    TellReserveListClosedDelegate(RecruitmentClosure service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.tellReserveListClosed(execution.getProcessBusinessKey());
    }
}
