package org.fellowflow.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByEventKey(String eventKey);

    List<Notification> findByApplicationReferenceOrderById(String applicationReference);

    /** Rows due for an attempt: pending and due, or claimed by a dispatcher that died before finishing. */
    @Query("""
            select n.id from Notification n
            where (n.status = org.fellowflow.notification.Notification.Status.PENDING and n.nextAttemptAt <= :now)
               or (n.status = org.fellowflow.notification.Notification.Status.SENDING and n.claimedUntil < :now)
            order by n.id""")
    List<Long> due(Instant now, Limit limit);

    /**
     * Claims a row for one dispatcher, atomically: the conditional update succeeds for exactly one of
     * several dispatchers (on any node) that try at once.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.status = org.fellowflow.notification.Notification.Status.SENDING,
                   n.claimedUntil = :until, n.version = n.version + 1
            where n.id = :id and ((n.status = org.fellowflow.notification.Notification.Status.PENDING
                                   and n.nextAttemptAt <= :now)
                or (n.status = org.fellowflow.notification.Notification.Status.SENDING and n.claimedUntil < :now))""")
    int claim(Long id, Instant now, Instant until);

    List<Notification> findTop200ByOrderByIdDesc();

    long countByStatus(Notification.Status status);
}
