package org.fellowflow.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Takes the row lock with plain SQL, then reads the phase, afresh only where this transaction's copy is older
 * than the row. A transaction that read the phase before (an admin's change reads it, then locks it) holds it
 * in its persistence context; a locking query or a locking refresh that waited for another node's transaction
 * then finds a newer version in the row than in that copy, and Hibernate refuses it as stale. Locked first and
 * compared by version after, the transaction sees the row as it is now, and a phase it had not read yet (the
 * intake's case) is read once. The lock goes straight through JDBC: as a native query, Hibernate flushed the
 * whole session first (docs/benchmarks.md, seventeenth round).
 */
class PhaseLockingImpl implements PhaseLocking {

    private static final String LOCK = "select id, version from phase where phase_key = ? for update";

    private record Row(long id, long version) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    @Autowired
    private JdbcClient jdbc;

    @Override
    public Phase locked(String key) {
        Row row = jdbc.sql(LOCK).param(key).query((result, n) -> new Row(result.getLong(1), result.getLong(2)))
                .optional().orElseThrow(() -> new UnknownPhaseException(key));
        Phase phase = entityManager.find(Phase.class, row.id());
        if (phase.version() != row.version()) {
            // A change this transaction made to its older copy fails here as a conflict, not lost to the reread.
            entityManager.flush();
            entityManager.refresh(phase);
        }
        return phase;
    }
}
