package org.fellowflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Copies the application reference, proposal title and phase onto every user task when it is created.
 * Tasklist shows them in its lists, and a user may read a task's own variables with the task, without
 * being allowed to read the whole process instance (its scores, its other variables).
 * <p>
 * The copies leave no history: the process's own variables of the same names keep theirs, and the copies'
 * history was a third of an application's variable history for nothing (docs/benchmarks.md).
 */
@Component
class TaskListVariables extends AbstractProcessEnginePlugin {

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
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Camunda's own database handler, behind a filter, stands in for the default one.
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new WithoutCopies(new DbHistoryEventHandler()));
        configuration.setCustomHistoryEventHandlers(handlers);

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

    /** Writes every history event but those of the task-local copies (all of them: created, updated, deleted). */
    private record WithoutCopies(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
                    && SHOWN.contains(variable.getVariableName()))) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
