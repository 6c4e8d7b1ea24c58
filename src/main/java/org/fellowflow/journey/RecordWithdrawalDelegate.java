package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordWithdrawal: the fellow withdrew; the journey ends with the reason. */
@Component("recordWithdrawalDelegate")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final JourneySteps steps;

    RecordWithdrawalDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.withdraw(execution.getProcessBusinessKey(), (String) execution.getVariable(VAR_WITHDRAWAL_REASON));
    }
}
