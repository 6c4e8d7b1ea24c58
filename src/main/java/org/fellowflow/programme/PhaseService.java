package org.fellowflow.programme;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of a phase's life, each called by one service task of the fellowship-phase process. */
@Service
@Transactional
public class PhaseService {

    private final PhaseRepository phases;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PhaseService(PhaseRepository phases, Clock clock, ApplicationEventPublisher events) {
        this.phases = phases;
        this.clock = clock;
        this.events = events;
    }

    public void openRecruitment(String key) {
        phases.locked(key).openRecruitment(today());
    }

    public boolean allPostsFilled(String key) {
        return phases.locked(key).allPostsFilled();
    }

    public void recordReadvertisement(String key) {
        phases.locked(key).recordReadvertisement(today());
    }

    public void markLate(String key) {
        phases.locked(key).markLate();
    }

    public void closeRecruitment(String key) {
        phases.locked(key).closeRecruitment(today());
        events.publishEvent(new RecruitmentClosed(key));
    }

    /** The phase starts: the reserve list closes, and each appointed fellow's journey begins. */
    public void startFellows(String key) {
        phases.locked(key).start(today());
        events.publishEvent(new PhaseStarted(key));
    }

    /** Every fellow's journey has ended, so the phase has. */
    public void end(String key) {
        phases.locked(key).end(today());
    }


    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
