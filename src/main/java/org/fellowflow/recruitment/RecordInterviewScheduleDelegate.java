package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordInterviewSchedule: the interview's time and place go on the application; the candidate is invited. */
@Component("recordInterviewScheduleDelegate")
class RecordInterviewScheduleDelegate implements JavaDelegate {

    private final ApplicationReview service;

    RecordInterviewScheduleDelegate(ApplicationReview service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_INTERVIEW_AT, service.scheduleInterview(execution.getProcessBusinessKey(),
                LocalDate.parse((String) execution.getVariable(VAR_INTERVIEW_DATE)),
                LocalTime.parse((String) execution.getVariable(VAR_INTERVIEW_TIME)),
                (String) execution.getVariable(VAR_INTERVIEW_LOCATION)));
    }
}
