package org.fellowflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Camunda's own database history handler, behind a filter that drops the variable history no one reads
 * ({@link UnreadVariableHistory}). Variable history was most of an application's history rows, and writing it
 * most of what Fellowflow cost on top of the engine (docs/benchmarks.md).
 */
@Component
class VariableHistoryFilter extends AbstractProcessEnginePlugin {

    private final List<UnreadVariableHistory> unread;

    VariableHistoryFilter(List<UnreadVariableHistory> unread) {
        this.unread = List.copyOf(unread);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Filtered(new DbHistoryEventHandler(), unread));
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private record Filtered(HistoryEventHandler database, List<UnreadVariableHistory> unread)
            implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable
                    && unread.stream().anyMatch(rule -> rule.covers(variable)))) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
