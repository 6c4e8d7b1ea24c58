package org.fellowflow;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;

/**
 * Variables whose history nobody reads, because Fellowflow keeps what they say elsewhere. Their history events
 * (the historic variable instance and, at history level full, each detail) are not written; see
 * {@link VariableHistoryFilter}.
 */
public interface UnreadVariableHistory {

    boolean covers(HistoricVariableUpdateEventEntity variable);
}
