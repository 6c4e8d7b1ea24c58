package org.fellowflow.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records notifications in the outbox, in the caller's transaction. The event key makes a retried step add
 * no second row: the same event (e.g. "HIF-SUS-0007:received") is recorded once, however often it is asked.
 */
@Service
public class Notifications {

    private final NotificationRepository outbox;
    private final Clock clock;

    Notifications(NotificationRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Tells an applicant something about their application; joins the caller's transaction. */
    @Transactional
    public void toApplicant(String applicationReference, String template) {
        record(applicationReference + ":" + template, template, applicationReference, applicationReference);
    }

    private void record(String eventKey, String template, String recipient, String applicationReference) {
        if (!outbox.existsByEventKey(eventKey)) {
            outbox.save(new Notification(eventKey, template, recipient, applicationReference, clock.instant()));
        }
    }

    /** The templates recorded for an application, oldest first. */
    @Transactional(readOnly = true)
    public List<String> templatesFor(String applicationReference) {
        return outbox.findByApplicationReferenceOrderById(applicationReference).stream()
                .map(Notification::template).toList();
    }
}
