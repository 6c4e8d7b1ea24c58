package org.fellowflow.recruitment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * Locks and reads the application in one plain SQL query. Every step of an application's process locks it,
 * seven times an application: as derived queries with a lock, Spring Data's and Hibernate's work on the
 * criteria query around each read was about a third of its time (docs/benchmarks.md, fourteenth round).
 * As a locking query of Hibernate's did, it returns the copy this transaction already holds, if any.
 */
class ApplicationLockingImpl implements ApplicationLocking {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Application> findLockedByReference(String reference) {
        return locked("select * from application where reference = :value for update", reference);
    }

    @Override
    public Optional<Application> findLockedByStatusToken(String statusToken) {
        return locked("select * from application where status_token = :value for update", statusToken);
    }

    private Optional<Application> locked(String sql, String value) {
        // Only this session's unsaved changes to applications need writing out before the query, not all of them.
        List<?> rows = entityManager.createNativeQuery(sql, Application.class).setParameter("value", value)
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Application.class).getResultList();
        return rows.stream().map(Application.class::cast).findFirst();
    }
}
