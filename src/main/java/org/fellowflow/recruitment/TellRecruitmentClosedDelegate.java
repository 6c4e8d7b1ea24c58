package org.fellowflow.recruitment;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TellRecruitmentClosed: every post is filled before this application reached interview. */
@Component("tellRecruitmentClosedDelegate")
class TellRecruitmentClosedDelegate implements JavaDelegate {

    private final RecruitmentClosure service;

    TellRecruitmentClosedDelegate(RecruitmentClosure service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.tellRecruitmentClosed(execution.getProcessBusinessKey());
    }
}
