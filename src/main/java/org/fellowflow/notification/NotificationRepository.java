package org.fellowflow.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** Due for an attempt: pending and due, or claimed by a dispatcher that died before finishing. */
    String DUE = "((status = 'PENDING' and next_attempt_at <= :now)"
            + " or (status = 'SENDING' and claimed_until < :now))";

    List<Notification> findByApplicationReferenceOrderById(String applicationReference);

    /**
     * Rows due for an attempt ({@link #DUE}), oldest first. This, {@link #claim} and {@link #capture} are plain
     * SQL: a JPQL query here would make Hibernate and Spring Data load their HQL parsers at start-up, about 2 s
     * of the start-up time (see docs/benchmarks.md).
     */
    @Query(nativeQuery = true, value = """
            select id from notification where """ + DUE + " order by id")
    List<Long> due(Instant now, Limit limit);

    /**
     * Claims a row for one dispatcher, atomically: the conditional update succeeds for exactly one of
     * several dispatchers (on any node) that try at once.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            update notification set status = 'SENDING', claimed_until = :until, version = version + 1
            where id = :id and """ + DUE)
    int claim(Long id, Instant now, Instant until);

    /**
     * Keeps the given rows as CAPTURED where they are still due (the same condition as the claim), in one
     * statement: with no SMTP server there is nothing to send between claiming and finishing, so a batch needs
     * no claim. Of several dispatchers that capture the same rows at once, exactly one changes each row; the
     * count says how many this one changed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = """
            update notification set status = 'CAPTURED', claimed_until = null, version = version + 1
            where id in (:ids) and """ + DUE)
    int capture(Collection<Long> ids, Instant now);

    List<Notification> findTop200ByOrderByIdDesc();

    /** Messages in the status, for the outbox page and its metrics. */
    default long countByStatus(Notification.Status status) {
        return countWithStatus(status.name());
    }

    /**
     * Plain SQL with the status's name: a derived query with an enum parameter is translated to SQL again on
     * every call, and each metrics scrape counts every status (docs/benchmarks.md, sixth round).
     */
    @Query(nativeQuery = true, value = "select count(*) from notification where status = :status")
    long countWithStatus(String status);
}
