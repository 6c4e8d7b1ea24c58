package org.fellowflow.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.fellowflow.notification.Notifications;
import org.fellowflow.programme.IllegalTransitionException;
import org.fellowflow.programme.PostService;
import org.fellowflow.programme.ProgrammeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts for appointable candidates: reserving one or joining the reserve list, the offer and its answer. */
@Service
@Transactional
public class OfferService {

    private final Applications applications;
    private final OfferRepository offers;
    private final PostService posts;
    private final ApplicationProcesses processes;
    private final Notifications notifications;
    private final RecruitmentProperties properties;
    private final ProgrammeProperties programmes;
    private final Clock clock;

    OfferService(Applications applications, OfferRepository offers, PostService posts,
            ApplicationProcesses processes, Notifications notifications, RecruitmentProperties properties,
            ProgrammeProperties programmes, Clock clock) {
        this.applications = applications;
        this.offers = offers;
        this.posts = posts;
        this.processes = processes;
        this.notifications = notifications;
        this.properties = properties;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Takes an open post of the phase for the candidate, atomically; false when every post is taken. */
    boolean reservePost(String reference) {
        Application application = applications.locked(reference);
        return posts.reserve(application.phaseKey(), reference).isPresent();
    }

    void joinReserveList(String reference) {
        applications.locked(reference).joinReserveList();
        notifications.toApplicant(reference, "reserve-list");
    }

    /** When an offer lapses, and when its reminder goes: two days before. */
    record OfferTimes(Date lapsesAt, Date remindAt) {
    }

    /** Offers the post held for the candidate; returns when the offer lapses and when to remind. */
    OfferTimes makeOffer(String reference) {
        Application application = applications.locked(reference);
        int post = posts.heldFor(application.phaseKey(), reference)
                .orElseThrow(() -> new IllegalTransitionException("No post is held for " + reference));
        application.offered();
        LocalDate today = LocalDate.now(clock);
        Offer offer = offers.findByApplicationId(application.id()).orElseGet(() -> offers.save(
                new Offer(application.id(), post, today, today.plus(properties.recruitment().offerValidFor()))));
        notifications.toApplicant(reference, "offer");
        // The offer is open for the whole of its last day.
        java.time.Instant lapses = offer.lapsesOn().plusDays(1).atStartOfDay(programmes.timeZone()).toInstant();
        return new OfferTimes(Date.from(lapses), Date.from(lapses.minus(java.time.Duration.ofDays(2))));
    }

    void remind(String reference) {
        notifications.toApplicant(applications.locked(reference).reference(), "offer-reminder");
    }

    /** A recruiter records the candidate's answer, given by phone or email. */
    void recordAnswer(String reference, boolean accepted) {
        answer(applications.locked(reference), accepted, Offer.AnsweredBy.RECRUITER);
    }

    /**
     * The candidate answers through their private link.
     *
     * @throws UnknownApplicationException when the link is wrong or has expired
     * @throws IllegalTransitionException when no offer is open
     */
    public void answerByCandidate(String token, boolean accepted) {
        Application application = applications.lockedByToken(token);
        answer(application, accepted, Offer.AnsweredBy.CANDIDATE);
        processes.offerAnswered(application.reference(), accepted);
    }

    void lapse(String reference) {
        Application application = applications.locked(reference);
        offerOf(application).answer(Offer.Answer.LAPSED, Offer.AnsweredBy.NOBODY, LocalDate.now(clock));
        application.offerLapsed(clock.instant());
        notifications.toApplicant(reference, "offer-lapsed");
    }

    /** The open offer of an application, if any: its post and last day. */
    @Transactional(readOnly = true)
    public Optional<OpenOffer> openOffer(String reference) {
        Application application = applications.byReference(reference);
        return offers.findByApplicationId(application.id()).filter(Offer::isOpen)
                .map(offer -> new OpenOffer(offer.postNumber(), offer.lapsesOn()));
    }

    /** An offer waiting for the candidate's answer. */
    public record OpenOffer(int postNumber, LocalDate lapsesOn) {
    }

    private void answer(Application application, boolean accepted, Offer.AnsweredBy by) {
        if (application.stage() != ApplicationStage.OFFERED) {
            throw new IllegalTransitionException("There is no open offer for application " + application.reference());
        }
        offerOf(application).answer(accepted ? Offer.Answer.ACCEPTED : Offer.Answer.DECLINED, by,
                LocalDate.now(clock));
        application.answerOffer(accepted, clock.instant());
    }

    private Offer offerOf(Application application) {
        return offers.findByApplicationId(application.id()).orElseThrow(
                () -> new IllegalTransitionException("No offer was made to " + application.reference()));
    }
}
