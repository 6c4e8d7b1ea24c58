package org.fellowflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages with Spring Mail. Each row is claimed atomically before it is sent, so
 * dispatchers on several nodes never send a row twice; a failure is retried after the configured delays,
 * then the row is FAILED and shown to admins. With no SMTP host configured (the embedded default), rows are
 * kept as CAPTURED for admins to read at /admin/outbox.
 * <p>
 * The one case that may send twice: a dispatcher that dies after the SMTP server accepted a message but
 * before it marked the row SENT. Its claim expires after {@code fellowflow.notification.claim-for} (5 minutes) and another dispatcher sends
 * the message again. Everything else is exactly once.
 */
@Component
class OutboxDispatcher {

    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final NotificationRepository outbox;
    private final MailComposer composer;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxDispatcher(NotificationRepository outbox, MailComposer composer, ObjectProvider<JavaMailSender> mail,
            NotificationProperties properties, TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.composer = composer;
        this.mail = mail;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fellowflow.notification.dispatch-every:PT5S}",
            initialDelayString = "${fellowflow.notification.dispatch-every:PT5S}")
    void scheduled() {
        dispatch();
    }

    /** Sends (or captures) every due message; returns how many were sent or captured. */
    int dispatch() {
        int done = 0;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = transactions.execute(status -> outbox.due(now, Limit.of(BATCH)));
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                done += capture(due, now);
            } else {
                for (Long id : due) {
                    if (send(sender, id)) {
                        done++;
                    }
                }
            }
        } while (due.size() == BATCH);
        return done;
    }

    /**
     * With no SMTP server: keeps the batch as CAPTURED in one statement. One transaction per message, as sending
     * needs, was 9 of the embedded default's 65 commits per application (docs/benchmarks.md).
     */
    private int capture(List<Long> due, Instant now) {
        if (due.isEmpty()) {
            return 0;
        }
        Integer captured = transactions.execute(status -> outbox.capture(due, now));
        return captured == null ? 0 : captured;
    }

    /** Claims the row (one transaction), sends it outside any transaction, then records how it went (another). */
    private boolean send(JavaMailSender sender, Long id) {
        Notification notification = transactions.execute(status -> claimed(id));
        if (notification == null) {
            return false;
        }
        try {
            send(sender, composer.compose(notification));
            update(id, row -> row.sent(clock.instant()));
            return true;
        } catch (MailComposer.UndeliverableException e) {
            update(id, row -> row.attemptFailed(e.getMessage(), clock.instant(), null));
            log.error("Notification {} ({}) cannot be delivered: {}", id, notification.template(), e.getMessage());
        } catch (RuntimeException | MessagingException e) {
            Duration retryAfter = properties.retryAfter(notification.attempts() + 1);
            update(id, row -> row.attemptFailed(e.toString(), clock.instant(), retryAfter));
            if (retryAfter == null) {
                log.error("Notification {} ({}) FAILED after {} attempts: {}", id, notification.template(),
                        notification.attempts() + 1, e.toString());
            } else {
                log.warn("Notification {} ({}) not sent, next attempt in {}: {}", id, notification.template(),
                        retryAfter, e.toString());
            }
        }
        return false;
    }

    /** The row, claimed for this dispatcher within the caller's transaction; null when another has it. */
    private Notification claimed(Long id) {
        Instant now = clock.instant();
        return outbox.claim(id, now, now.plus(properties.claimFor())) == 1 ? outbox.findById(id).orElseThrow() : null;
    }

    private void send(JavaMailSender sender, ComposedMail composed) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setReplyTo(properties.replyTo());
        helper.setTo(composed.to());
        helper.setSubject(composed.subject());
        helper.setText(composed.text(), composed.html());
        if (composed.calendar() != null) {
            helper.addAttachment("interview.ics", new ByteArrayResource(
                    composed.calendar().getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        sender.send(message);
    }

    private void update(Long id, java.util.function.Consumer<Notification> change) {
        transactions.executeWithoutResult(status -> change.accept(outbox.findById(id).orElseThrow()));
    }
}
