package org.fellowflow.programme;

import org.fellowflow.RowLocks;

/**
 * Takes the phase's row lock with plain SQL, then reads the phase as it is now ({@link RowLocks}). A transaction
 * that read the phase before (an admin's change reads it, then locks it) holds it in its persistence context,
 * and a locking query that waited for another node's transaction would find a newer version in the row than in
 * that copy; a phase the transaction had not read yet (a step of the phase's process) is read once.
 */
class PhaseLockingImpl implements PhaseLocking {

    private static final String LOCK = "select id, version from phase where phase_key = ? for update";

    private final RowLocks rowLocks;

    PhaseLockingImpl(RowLocks rowLocks) {
        this.rowLocks = rowLocks;
    }

    @Override
    public Phase locked(String key) {
        return rowLocks.locked(Phase.class, LOCK, key, Phase::version)
                .orElseThrow(() -> new UnknownPhaseException(key));
    }
}
