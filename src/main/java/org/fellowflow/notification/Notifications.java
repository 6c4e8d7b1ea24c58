package org.fellowflow.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records notifications in the outbox, in the caller's transaction. The event key makes a retried step add
 * no second row: the same event (e.g. "HIF-SUS-0007:application-received") is recorded once, however often
 * it is asked for. Sending happens later, in the dispatcher's own transactions.
 */
@Service
@Transactional
public class Notifications {

    private final NotificationRepository outbox;
    private final Clock clock;

    Notifications(NotificationRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Tells an applicant something about their application; joins the caller's transaction. */
    public void toApplicant(String applicationReference, String template) {
        record(applicationReference + ":" + template, template, Notification.RecipientKind.APPLICANT,
                applicationReference, applicationReference);
    }

    /**
     * Tells a member of staff (a Camunda user) something about an application, e.g. an assessment waiting.
     *
     * @param eventKey unique for the event, e.g. the task id
     */
    public void toStaff(String userId, String template, String applicationReference, String eventKey) {
        record(eventKey, template, Notification.RecipientKind.STAFF, userId, applicationReference);
    }

    /** Tells the programme team something, e.g. the daily digest; the event key makes it once a day. */
    public void toTeam(String template, String eventKey) {
        record(eventKey, template, Notification.RecipientKind.TEAM, "team", null);
    }

    private void record(String eventKey, String template, Notification.RecipientKind kind, String recipient,
            String applicationReference) {
        if (!outbox.existsByEventKey(eventKey)) {
            outbox.save(new Notification(eventKey, template, kind, recipient, applicationReference,
                    clock.instant()));
        }
    }

    /** The templates recorded for an application, oldest first. */
    @Transactional(readOnly = true)
    public List<String> templatesFor(String applicationReference) {
        return outbox.findByApplicationReferenceOrderById(applicationReference).stream()
                .map(Notification::template).toList();
    }
}
