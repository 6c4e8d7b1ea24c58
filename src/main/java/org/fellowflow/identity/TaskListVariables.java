package org.fellowflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.fellowflow.UnreadVariableHistory;
import org.springframework.stereotype.Component;

/**
 * Copies the application reference, proposal title and phase onto every user task when it is created.
 * Tasklist shows them in its lists, and a user may read a task's own variables with the task, without
 * being allowed to read the whole process instance (its scores, its other variables).
 * <p>
 * The copies leave no history ({@link UnreadVariableHistory}): the process's own variables of the same names
 * keep theirs, and the copies' history was a third of an application's variable history for nothing.
 */
@Component
class TaskListVariables extends AbstractProcessEnginePlugin implements UnreadVariableHistory {

    static final List<String> SHOWN = List.of("applicationReference", "fellowReference", "proposalTitle",
            "phaseKey");

    private static final TaskListener COPY = task -> {
        for (String name : SHOWN) {
            Object value = task.getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    };

    @Override
    public boolean covers(HistoricVariableUpdateEventEntity variable) {
        return variable.getTaskId() != null && SHOWN.contains(variable.getVariableName());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
                }
            }
        });
    }
}
