package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TellUnsuccessful: the candidate hears why the application ends, with feedback. */
@Component("tellUnsuccessfulDelegate")
class TellUnsuccessfulDelegate implements JavaDelegate {

    private final ApplicationReview service;

    TellUnsuccessfulDelegate(ApplicationReview service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.tellUnsuccessful(execution.getProcessBusinessKey());
    }
}
