package org.fellowflow.notification;

import java.sql.Types;
import java.time.Clock;
import java.util.List;
import org.fellowflow.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /**
     * One statement that adds the message unless its event key is there already. Checking with a query and then
     * saving the entity took two statements and, for each, Spring Data's and Hibernate's work around it (the
     * session's flush before the query, the entity's persist): two thirds of the time of the step that tells
     * three panel members (docs/benchmarks.md, twelfth round). It goes straight through JDBC, on the
     * transaction's connection: as a native query, Hibernate's work around it cost as much as the statement
     * (seventeenth round).
     */
    private static final String RECORD_ONCE = """
            insert into notification (event_key, template, recipient_kind, recipient, application_reference, status,
                    attempts, created_at, next_attempt_at, version)
            select :eventKey, :template, :recipientKind, :recipient, :applicationReference, 'PENDING', 0,
                    cast(:now as timestamp), cast(:now as timestamp), 0
            where not exists (select 1 from notification where event_key = :eventKey)""";

    private final NotificationRepository outbox;
    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(NotificationRepository outbox, JdbcClient jdbc, Clock clock) {
        this.outbox = outbox;
        this.jdbc = jdbc;
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
        // Nothing in Hibernate's session changes this table (the dispatcher changes rows in its own transactions),
        // so there is nothing for the session to flush first. The time is bound as Hibernate binds the entity's.
        jdbc.sql(RECORD_ONCE).param("eventKey", eventKey).param("template", template)
                .param("recipientKind", kind.name()).param("recipient", recipient)
                .param("applicationReference", applicationReference, Types.VARCHAR)
                .param("now", SqlTimes.timestamp(clock.instant())).update();
    }

    /** The templates recorded for an application, oldest first. */
    @Transactional(readOnly = true)
    public List<String> templatesFor(String applicationReference) {
        return outbox.findByApplicationReferenceOrderById(applicationReference).stream()
                .map(Notification::template).toList();
    }
}
