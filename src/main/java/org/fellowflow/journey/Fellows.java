package org.fellowflow.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fellowflow.placement.FellowDetails;
import org.fellowflow.placement.FellowStatus;
import org.fellowflow.placement.PlacementService;
import org.fellowflow.programme.IllegalTransitionException;
import org.fellowflow.programme.PostService;
import org.fellowflow.recruitment.ReserveList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fellows for staff: their records, training progress, and the admins' withdrawals and extensions. */
@Service
@Transactional
public class Fellows {

    private final PlacementService placement;
    private final JourneyRepository journeys;
    private final JourneySteps steps;
    private final PostService posts;
    private final ReserveList reserveList;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;

    Fellows(PlacementService placement, JourneyRepository journeys, JourneySteps steps, PostService posts,
            ReserveList reserveList, RuntimeService runtime, ManagementService management, Clock clock) {
        this.reserveList = reserveList;
        this.placement = placement;
        this.journeys = journeys;
        this.steps = steps;
        this.posts = posts;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FellowView> all() {
        return placement.fellows().stream()
                .map(f -> FellowView.of(f, journeys.findByFellowReference(f.reference()).orElse(null))).toList();
    }

    /** @throws UnknownFellowException when there is no such fellow */
    @Transactional(readOnly = true)
    public FellowView fellow(String reference) {
        FellowDetails fellow = placement.fellow(reference).orElseThrow(() -> new UnknownFellowException(reference));
        return FellowView.of(fellow, journeys.findByFellowReference(reference).orElse(null));
    }

    /** The fellow completed a training module at the ARC KSS Academy. */
    public FellowView completeModule(String reference, String module) {
        fellow(reference);
        journeys.findLockedByFellowReference(reference)
                .orElseThrow(() -> new IllegalTransitionException("The fellowship of " + reference + " has not started"))
                .completeModule(module, LocalDate.now(clock));
        return fellow(reference);
    }

    /**
     * The fellow withdraws. Before the start, their post is open again: the best reserve candidate is offered
     * it, and the phase recruits again until it is filled; after
     * it, their journey ends with the reason, and the post stays as it was.
     */
    public FellowView withdraw(String reference, String reason) {
        FellowDetails fellow = placement.fellow(reference).orElseThrow(() -> new UnknownFellowException(reference));
        if (fellow.status() == FellowStatus.APPOINTED) {
            placement.record(reference, FellowStatus.WITHDRAWN, reason, LocalDate.now(clock));
            posts.release(fellow.phaseKey(), fellow.applicationReference());
            reserveList.offerOpenPosts(fellow.phaseKey());
        } else if (fellow.status() == FellowStatus.ACTIVE) {
            runtime.createMessageCorrelation(FellowJourneyProcess.MESSAGE_FELLOW_WITHDREW)
                    .processInstanceBusinessKey(reference)
                    .setVariable(FellowJourneyProcess.VAR_WITHDRAWAL_REASON, reason)
                    .correlate();
        } else {
            throw new IllegalTransitionException("Fellow " + reference + " has already "
                    + fellow.status().name().toLowerCase());
        }
        return fellow(reference);
    }

    /** The fellowship is extended to a new end date: the mid-point and end timers that remain move with it. */
    public FellowView extend(String reference, LocalDate newEnd, String reason) {
        fellow(reference);
        Journey journey = journeys.findLockedByFellowReference(reference)
                .orElseThrow(() -> new IllegalTransitionException("The fellowship of " + reference + " has not started"));
        journey.extend(newEnd, reason);
        JourneySteps.Timers timers = steps.timers(journey);
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(FellowJourneyProcess.KEY).processInstanceBusinessKey(reference).singleResult();
        if (process != null) {
            runtime.setVariables(process.getId(), Map.of(FellowJourneyProcess.VAR_MID_POINT_AT, timers.midPointAt(),
                    FellowJourneyProcess.VAR_END_AT, timers.endAt()));
            move(process.getId(), FellowJourneyProcess.EVENT_MID_POINT, timers.midPointAt());
            move(process.getId(), FellowJourneyProcess.EVENT_FELLOWSHIP_ENDS, timers.endAt());
        }
        return fellow(reference);
    }

    private void move(String processInstanceId, String activity, java.util.Date dueDate) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).activityId(activity)
                .singleResult();
        if (timer != null) {
            management.setJobDuedate(timer.getId(), dueDate);
        }
    }

    /** No fellow has the reference. */
    public static class UnknownFellowException extends RuntimeException {
        UnknownFellowException(String reference) {
            super("There is no fellow " + reference);
        }
    }
}
