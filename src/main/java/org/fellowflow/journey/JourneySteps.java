package org.fellowflow.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.fellowflow.placement.FellowDetails;
import org.fellowflow.placement.FellowStatus;
import org.fellowflow.placement.PlacementService;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.ProgrammeCatalogue.FellowshipPlan;
import org.fellowflow.programme.ProgrammeProperties;
import org.fellowflow.programme.TrainingModule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of a fellow's journey, one per service task of the fellow-journey process. */
@Service
@Transactional
class JourneySteps {

    /** The moments the journey's timers wait for, and the check-in cycle (ISO-8601, e.g. R/P56D). */
    record Timers(Date midPointAt, Date endAt, String checkInCycle) {
    }

    private final JourneyRepository journeys;
    private final PlacementService placement;
    private final PhaseRegistry phases;
    private final ProgrammeProperties programmes;
    private final Clock clock;

    JourneySteps(JourneyRepository journeys, PlacementService placement, PhaseRegistry phases,
            ProgrammeProperties programmes, Clock clock) {
        this.journeys = journeys;
        this.placement = placement;
        this.phases = phases;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** The fellow starts: their journey, its training plan and its dates, from the programme's fellowship. */
    Timers begin(String fellowReference) {
        Journey journey = journeys.findByFellowReference(fellowReference).orElseGet(() -> {
            FellowDetails fellow = placement.fellow(fellowReference)
                    .orElseThrow(() -> new IllegalArgumentException("No fellow " + fellowReference));
            PhaseDetails phase = phases.phase(fellow.phaseKey());
            FellowshipPlan fellowship = phases.fellowship(phase.key());
            LocalDate start = fellow.startDate();
            Journey created = new Journey(fellowReference, phase.key(), start, start.plus(fellowship.length()));
            for (TrainingModule module : fellowship.modules()) {
                created.planModule(module.name(), start.plusMonths(module.dueMonth()));
            }
            placement.record(fellowReference, FellowStatus.ACTIVE, null, today());
            return journeys.save(created);
        });
        return timers(journey);
    }

    void onboard(String reference, String hostTeam, String supervisor, double hoursPerWeek, String backfill) {
        locked(reference).onboard(hostTeam, supervisor, hoursPerWeek, backfill);
    }

    void enrolInCommunity(String reference) {
        Journey journey = locked(reference);
        journey.enrol(phases.fellowship(journey.phaseKey()).communityOfPractice());
    }

    void checkIn(String reference, String progress, String risks, String support) {
        locked(reference).recordCheckIn(new Journey.CheckIn(today(), progress, risks, support));
    }

    /** The overdue training modules not yet followed up; each raises one follow-up task. */
    List<String> overdueModules(String reference) {
        return locked(reference).followUpOverdueModules(today());
    }

    void reviewMidPoint(String reference, boolean onTrack, String notes) {
        locked(reference).reviewMidPoint(onTrack, notes);
    }

    void reportFinal(String reference, String summary, List<Journey.Output> outputs) {
        locked(reference).reportFinal(summary, outputs);
    }

    void complete(String reference) {
        locked(reference).complete(today());
        placement.record(reference, FellowStatus.COMPLETED, null, today());
    }

    void withdraw(String reference, String reason) {
        locked(reference).withdraw(reason, today());
        placement.record(reference, FellowStatus.WITHDRAWN, reason, today());
    }

    Timers timers(Journey journey) {
        return new Timers(startOfDay(journey.midPoint()), startOfDay(journey.endDate()),
                "R/" + phases.fellowship(journey.phaseKey()).checkInEvery());
    }

    private Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(programmes.timeZone()).toInstant());
    }

    private Journey locked(String reference) {
        return journeys.findLockedByFellowReference(reference)
                .orElseThrow(() -> new IllegalArgumentException("No journey for " + reference));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
