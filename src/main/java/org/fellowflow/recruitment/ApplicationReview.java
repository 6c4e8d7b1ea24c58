package org.fellowflow.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.fellowflow.notification.Notifications;
import org.fellowflow.programme.ProgrammeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps from acknowledgement to the panel's confirmed outcome, one per service task. */
@Service
@Transactional
class ApplicationReview {

    private final Applications applications;
    private final Notifications notifications;
    private final ProgrammeProperties programmes;
    private final Clock clock;

    ApplicationReview(Applications applications, Notifications notifications, ProgrammeProperties programmes,
            Clock clock) {
        this.applications = applications;
        this.notifications = notifications;
        this.programmes = programmes;
        this.clock = clock;
    }

    void acknowledge(String reference) {
        // No read of the application: the intake saves it in the transaction that starts this process, nothing
        // deletes applications, and acknowledging changes nothing on it. Its lock was one of the seven on an
        // application's path (docs/benchmarks.md, sixteenth round).
        notifications.toApplicant(reference, "application-received");
    }

    void recordScreening(String reference, boolean eligible, String reason) {
        applications.locked(reference).recordScreening(eligible, reason, clock.instant());
    }

    void recordShortlisting(String reference, boolean shortlisted, double meanScore) {
        applications.locked(reference).recordShortlisting(shortlisted, meanScore, clock.instant());
    }

    /** Records when and where the interview is; returns the moment the interview timer waits for. */
    Date scheduleInterview(String reference, LocalDate date, LocalTime time, String location) {
        Application application = applications.locked(reference);
        application.scheduleInterview(date.atTime(time), location);
        notifications.toApplicant(reference, "interview-invitation");
        return Date.from(date.atTime(time).atZone(programmes.timeZone()).toInstant());
    }

    void interviewHeld(String reference) {
        applications.locked(reference).interviewHeld();
    }

    void recordOutcome(String reference, String suggested, String confirmed, String reason, double interviewScore) {
        applications.locked(reference).recordOutcome(suggested, confirmed, reason, interviewScore, clock.instant());
    }

    /** Tells the candidate why their application ends here: not eligible, not shortlisted or not appointable. */
    void tellUnsuccessful(String reference) {
        Application application = applications.locked(reference);
        notifications.toApplicant(reference, switch (application.stage()) {
            case SCREENED_OUT -> "not-eligible";
            case NOT_SHORTLISTED -> "not-shortlisted";
            case NOT_APPOINTABLE -> "not-appointable";
            default -> throw new IllegalStateException(
                    "Application %s is %s, not unsuccessful".formatted(reference, application.stage()));
        });
    }
}
