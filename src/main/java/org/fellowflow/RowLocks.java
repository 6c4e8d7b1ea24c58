package org.fellowflow;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks an entity's row with plain SQL, then reads the entity, afresh only where this transaction's copy is
 * older than the row. A locking query through Hibernate refuses such a copy as stale: a transaction that read the
 * entity before the lock and waited for another's change would fail. Locked first and compared by version after,
 * the transaction sees the row as it is now, and an entity it had not read yet is read once, by its id. The lock
 * goes straight through JDBC: as a native query Hibernate flushed the whole session first, and as Spring Data's
 * locking query it cost more than the two statements do (docs/benchmarks.md, seventeenth round).
 */
@Component
public class RowLocks {

    private record Row(long id, long version) {
    }

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    RowLocks(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /**
     * The entity whose row the statement locks, held until the transaction ends; none when there is no such row.
     *
     * @param lock {@code select id, version from … where … = ? for update}, with the one parameter given
     * @param version the version of the entity as this transaction's copy has it
     */
    public <T> Optional<T> locked(Class<T> type, String lock, Object key, ToLongFunction<T> version) {
        return jdbc.sql(lock).param(key).query((result, n) -> new Row(result.getLong(1), result.getLong(2)))
                .optional().map(row -> current(type, row, version));
    }

    private <T> T current(Class<T> type, Row row, ToLongFunction<T> version) {
        T entity = entityManager.find(type, row.id());
        if (version.applyAsLong(entity) != row.version()) {
            // A change this transaction made to its older copy fails here as a conflict, not lost to the reread.
            entityManager.flush();
            entityManager.refresh(entity);
        }
        return entity;
    }
}
