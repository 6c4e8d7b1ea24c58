package org.fellowflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The outbox in numbers: messages by status, FAILED ones above all, for admins' alerts. */
@Component
class OutboxMetrics implements MeterBinder {

    private final NotificationRepository outbox;

    OutboxMetrics(NotificationRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Notification.Status status : Notification.Status.values()) {
            Gauge.builder("fellowflow.notifications", outbox, repository -> repository.countByStatus(status))
                    .description("Notifications in the outbox by status; FAILED ones need an admin")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
