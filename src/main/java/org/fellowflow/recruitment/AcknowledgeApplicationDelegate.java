package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Acknowledge: the applicant is told their application arrived, with their private link. */
@Component("acknowledgeApplicationDelegate")
class AcknowledgeApplicationDelegate implements JavaDelegate {

    private final ApplicationReview service;

    AcknowledgeApplicationDelegate(ApplicationReview service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.acknowledge(execution.getProcessBusinessKey());
    }
}
