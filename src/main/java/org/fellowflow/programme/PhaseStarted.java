package org.fellowflow.programme;

/** Published in the transaction in which a phase's fellows start. */
public record PhaseStarted(String phaseKey) {
}
