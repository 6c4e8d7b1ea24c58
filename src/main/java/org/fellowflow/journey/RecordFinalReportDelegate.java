package org.fellowflow.journey;

import static org.fellowflow.journey.FellowJourneyProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordFinalReport: the final report and its knowledge mobilisation outputs go on the journey. */
@Component("recordFinalReportDelegate")
class RecordFinalReportDelegate implements JavaDelegate {

    private final JourneySteps steps;

    RecordFinalReportDelegate(JourneySteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        java.util.List<Journey.Output> outputs = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Object title = execution.getVariable("output" + i + "Title");
            if (title != null && !title.toString().isBlank()) {
                outputs.add(new Journey.Output(title.toString(), (String) execution.getVariable("output" + i + "Kind"),
                        (String) execution.getVariable("output" + i + "Audience"),
                        (String) execution.getVariable("output" + i + "Link")));
            }
        }
        steps.reportFinal(execution.getProcessBusinessKey(), (String) execution.getVariable("finalReportSummary"),
                outputs);
    }
}
