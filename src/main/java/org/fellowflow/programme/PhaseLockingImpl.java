package org.fellowflow.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Takes the row lock with plain SQL, then reads the phase afresh. A transaction that read the phase before
 * (the intake checks the phase is recruiting, then numbers the application) holds it in its persistence context;
 * a locking query or a locking refresh that waited for another node's transaction then finds a newer version
 * in the row than in that copy, and Hibernate refuses it as stale. Locked first and refreshed after, the
 * transaction simply sees the row as it is now.
 */
class PhaseLockingImpl implements PhaseLocking {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Phase locked(String key) {
        List<?> ids = entityManager.createNativeQuery("select id from phase where phase_key = ? for update")
                .setParameter(1, key).getResultList();
        if (ids.isEmpty()) {
            throw new UnknownPhaseException(key);
        }
        Phase phase = entityManager.find(Phase.class, ((Number) ids.get(0)).longValue());
        entityManager.refresh(phase);
        return phase;
    }
}
