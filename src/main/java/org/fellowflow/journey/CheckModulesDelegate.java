package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckModules: an overdue training module raises one follow-up task for the programme team. */
@Component("checkModulesDelegate")
class CheckModulesDelegate implements JavaDelegate {

    private final JourneySteps steps;

    CheckModulesDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // A new follow-up's form must open empty, not with the last follow-up's note.
        execution.removeVariable("followUpNote");
        java.util.List<String> overdue = steps.overdueModules(execution.getProcessBusinessKey());
        execution.setVariable(VAR_ANY_MODULE_OVERDUE, !overdue.isEmpty());
        execution.setVariable(VAR_OVERDUE_MODULES, String.join(", ", overdue));
    }
}
