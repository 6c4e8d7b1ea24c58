package org.fellowflow.recruitment;

import java.time.Clock;
import org.fellowflow.notification.Notifications;
import org.fellowflow.placement.PlacementService;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.PostService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** From an accepted offer to a filled post, or back to an open post that the reserve list's best takes. */
@Service
@Transactional
class AppointmentService {

    private final Applications applications;
    private final ApplicationRepository repository;
    private final PostService posts;
    private final PhaseRegistry phases;
    private final PlacementService placement;
    private final ApplicationProcesses processes;
    private final Notifications notifications;
    private final Clock clock;

    AppointmentService(Applications applications, ApplicationRepository repository, PostService posts,
            PhaseRegistry phases, PlacementService placement, ApplicationProcesses processes,
            Notifications notifications, Clock clock) {
        this.applications = applications;
        this.repository = repository;
        this.posts = posts;
        this.phases = phases;
        this.placement = placement;
        this.processes = processes;
        this.notifications = notifications;
        this.clock = clock;
    }

    void assignIcs(String reference) {
        Application application = applications.locked(reference);
        PhaseDetails phase = phases.phase(application.phaseKey());
        placement.place(reference, phase.key(), phase.programmeKey(), application.homeIcs(),
                application.projectIcss(), phases.icsNames(), phase.startDate());
    }

    /** Records each pre-start check; true when all three passed. */
    boolean recordChecks(String reference, boolean references, boolean rightToWork, boolean occupationalHealth) {
        Application application = applications.locked(reference);
        application.recordChecks(references, rightToWork, occupationalHealth, clock.instant());
        return application.checksPassed();
    }

    void fillPost(String reference) {
        Application application = applications.locked(reference);
        posts.fill(application.phaseKey(), reference);
        application.appointed(clock.instant());
        notifications.toApplicant(reference, "appointment-confirmed");
    }

    /**
     * The post held for a candidate who declined, let the offer lapse or failed the checks is open again,
     * and goes straight to the best candidate on the reserve list, if there is one.
     */
    void releasePost(String reference) {
        Application application = applications.locked(reference);
        placement.cancel(reference);
        if (posts.heldFor(application.phaseKey(), reference).isPresent()) {
            posts.release(application.phaseKey(), reference);
        }
        offerToReserveList(application.phaseKey());
    }

    /** Offers every open post of the phase to the best candidates on its reserve list, one each. */
    void offerToReserveList(String phaseKey) {
        for (Application candidate : repository.reserveList(phaseKey)) {
            if (posts.reserve(phaseKey, candidate.reference()).isEmpty()) {
                return;
            }
            processes.postAvailable(candidate.reference());
        }
    }
}
