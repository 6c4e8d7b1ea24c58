package org.fellowflow.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Takes the row lock with plain SQL, then reads the phase, afresh only where this transaction's copy is older
 * than the row. A transaction that read the phase before (an admin's change reads it, then locks it) holds it
 * in its persistence context; a locking query or a locking refresh that waited for another node's transaction
 * then finds a newer version in the row than in that copy, and Hibernate refuses it as stale. Locked first and
 * compared by version after, the transaction sees the row as it is now, and a phase it had not read yet (the
 * intake's case) is read once.
 */
class PhaseLockingImpl implements PhaseLocking {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Phase locked(String key) {
        List<?> rows = entityManager.createNativeQuery("select id, version from phase where phase_key = ? for update")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            throw new UnknownPhaseException(key);
        }
        Object[] row = (Object[]) rows.get(0);
        Phase phase = entityManager.find(Phase.class, ((Number) row[0]).longValue());
        if (phase.version() != ((Number) row[1]).longValue()) {
            entityManager.refresh(phase);
        }
        return phase;
    }
}
