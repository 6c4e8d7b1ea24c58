package org.fellowflow.notification;

import java.time.Instant;

/** One outbox row as admins see it: what was (or will be) sent to whom, and how it went. */
public record OutboxView(Long id, Instant createdAt, String template, String recipientKind, String recipient,
        String applicationReference, String status, int attempts, Instant nextAttemptAt, Instant sentAt,
        String lastError) {

    static OutboxView of(Notification n) {
        return new OutboxView(n.id(), n.createdAt(), n.template(), n.recipientKind().name(), n.recipient(),
                n.applicationReference(), n.status().name(), n.attempts(), n.nextAttemptAt(), n.sentAt(),
                n.lastError());
    }
}
