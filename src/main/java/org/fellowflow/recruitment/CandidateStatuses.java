package org.fellowflow.recruitment;

import org.fellowflow.programme.PhaseRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a candidate's status for the candidate API and the status page alike, so both say the same. */
@Service
@Transactional(readOnly = true)
class CandidateStatuses {

    private final Applications applications;
    private final PhaseRegistry phases;
    private final OfferService offers;

    CandidateStatuses(Applications applications, PhaseRegistry phases, OfferService offers) {
        this.applications = applications;
        this.phases = phases;
        this.offers = offers;
    }

    /** @throws UnknownApplicationException when the link is wrong or has expired */
    CandidateStatus byToken(String token) {
        Application application = applications.byToken(token);
        return new CandidateStatus(application.reference(), phases.heading(application.phaseKey()).name(),
                application.stage(), application.stage().description(),
                offers.openOffer(application.reference()).orElse(null));
    }
}
