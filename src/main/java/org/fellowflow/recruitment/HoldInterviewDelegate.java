package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_HoldInterview: the interview time has come. */
@Component("holdInterviewDelegate")
class HoldInterviewDelegate implements JavaDelegate {

    private final ApplicationReview service;

    HoldInterviewDelegate(ApplicationReview service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.interviewHeld(execution.getProcessBusinessKey());
    }
}
