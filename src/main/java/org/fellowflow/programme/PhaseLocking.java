package org.fellowflow.programme;

/** The phase row, locked for the rest of the transaction: a repository fragment of {@link PhaseRepository}. */
interface PhaseLocking {

    /**
     * The phase, locked and read afresh; {@link UnknownPhaseException} when there is none. Changes to a phase's
     * posts and its application counter are serialised this way, on every node sharing the database.
     */
    Phase locked(String key);
}
