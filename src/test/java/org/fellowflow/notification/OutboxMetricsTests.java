package org.fellowflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@FellowflowTest
class OutboxMetricsTests {

    @Autowired MeterRegistry registry;
    @Autowired NotificationRepository outbox;
    @Autowired TransactionTemplate transactions;

    @Test
    void failedNotificationsAreCountedForAlerts() {
        double before = registry.get("fellowflow.notifications").tag("status", "FAILED").gauge().value();
        transactions.executeWithoutResult(status -> {
            Notification failing = outbox.save(new Notification("metrics:" + System.nanoTime(), "recruiter-digest",
                    Notification.RecipientKind.TEAM, "team", null, java.time.Instant.now()));
            failing.attemptFailed("SMTP refused", java.time.Instant.now(), null);
        });

        assertThat(registry.get("fellowflow.notifications").tag("status", "FAILED").gauge().value())
                .isEqualTo(before + 1);
    }
}
