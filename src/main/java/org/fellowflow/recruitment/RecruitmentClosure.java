package org.fellowflow.recruitment;

import java.time.Clock;
import java.util.EnumSet;
import org.fellowflow.notification.Notifications;
import org.fellowflow.programme.PhaseStarted;
import org.fellowflow.programme.RecruitmentClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a phase closes recruitment, applications not yet interviewed end; when its fellows start, the reserve
 * list closes. Each application's own process does the telling, so that it ends where its diagram says.
 */
@Service
@Transactional
class RecruitmentClosure {

    private final ApplicationRepository repository;
    private final Applications applications;
    private final ApplicationProcesses processes;
    private final Notifications notifications;
    private final Clock clock;

    RecruitmentClosure(ApplicationRepository repository, Applications applications, ApplicationProcesses processes,
            Notifications notifications, Clock clock) {
        this.repository = repository;
        this.applications = applications;
        this.processes = processes;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(RecruitmentClosed closed) {
        repository.findByPhaseKeyAndStageIn(closed.phaseKey(), EnumSet.of(ApplicationStage.SUBMITTED,
                        ApplicationStage.SHORTLISTING, ApplicationStage.INTERVIEW_SCHEDULED))
                .forEach(application -> processes.recruitmentClosed(application.reference()));
    }

    @EventListener
    void on(PhaseStarted started) {
        repository.findByPhaseKeyAndStageIn(started.phaseKey(), EnumSet.of(ApplicationStage.RESERVE))
                .forEach(application -> processes.reserveListClosed(application.reference()));
    }

    void tellRecruitmentClosed(String reference) {
        applications.locked(reference).recruitmentClosed(clock.instant());
        notifications.toApplicant(reference, "recruitment-closed");
    }

    void tellReserveListClosed(String reference) {
        applications.locked(reference).reserveListClosed(clock.instant());
        notifications.toApplicant(reference, "reserve-list-closed");
    }
}
