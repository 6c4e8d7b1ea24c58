package org.fellowflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One message to send, written in the transaction of the step that causes it; its event key is unique. It
 * names its recipient by id (an application reference, a user id, the programme team), never by address,
 * so the address is looked up when the message is sent and personal data stays in one place.
 */
@Entity
@Table(name = "notification")
class Notification {

    enum Status { PENDING, SENDING, SENT, CAPTURED, FAILED }

    enum RecipientKind { APPLICANT, STAFF, TEAM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_key", unique = true, nullable = false)
    private String eventKey;

    private String template;

    /** An application reference (applicant), a Camunda user id (staff), or "team". */
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    private RecipientKind recipientKind;

    @Column(name = "application_reference")
    private String applicationReference;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Notification() {
    }

    Notification(String eventKey, String template, RecipientKind kind, String recipient,
            String applicationReference, Instant createdAt) {
        this.eventKey = eventKey;
        this.template = template;
        this.recipientKind = kind;
        this.recipient = recipient;
        this.applicationReference = applicationReference;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        claimedUntil = null;
        lastError = null;
    }

    /** A failed attempt: tried again after the delay, or given up when there is none. */
    void attemptFailed(String error, Instant now, Duration retryAfter) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
        claimedUntil = null;
        if (retryAfter == null) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(retryAfter);
        }
    }

    Long id() {
        return id;
    }

    String template() {
        return template;
    }

    String eventKey() {
        return eventKey;
    }

    String recipient() {
        return recipient;
    }

    RecipientKind recipientKind() {
        return recipientKind;
    }

    String applicationReference() {
        return applicationReference;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    String lastError() {
        return lastError;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
