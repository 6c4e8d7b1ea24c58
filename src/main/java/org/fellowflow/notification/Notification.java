package org.fellowflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message to send, written in the transaction of the step that causes it; its event key is unique. */
@Entity
@Table(name = "notification")
class Notification {

    enum Status { PENDING, CAPTURED, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_key", unique = true, nullable = false)
    private String eventKey;

    private String template;

    /** Who it goes to: an application reference (the applicant) or a Camunda user id. */
    private String recipient;

    @Column(name = "application_reference")
    private String applicationReference;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Notification() {
    }

    Notification(String eventKey, String template, String recipient, String applicationReference, Instant createdAt) {
        this.eventKey = eventKey;
        this.template = template;
        this.recipient = recipient;
        this.applicationReference = applicationReference;
        this.createdAt = createdAt;
    }

    String template() {
        return template;
    }

    String eventKey() {
        return eventKey;
    }
}
