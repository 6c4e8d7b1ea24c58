package org.fellowflow.recruitment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate API, reached only through the private token of the status link: no login, so the token is the
 * credential and a wrong one learns nothing (the same 404 whether it never existed or has expired).
 * A missing offer is a 409 through the shared API problem handling.
 */
@RestController
class CandidateController {

    private final CandidateStatuses statuses;
    private final OfferService offers;

    CandidateController(CandidateStatuses statuses, OfferService offers) {
        this.statuses = statuses;
        this.offers = offers;
    }

    record OfferAnswer(@NotNull Boolean accept) {
    }

    @GetMapping("/api/candidates/{token}")
    CandidateStatus status(@PathVariable String token) {
        return statuses.byToken(token);
    }

    @PostMapping("/api/candidates/{token}/offer")
    CandidateStatus answerOffer(@PathVariable String token, @Valid @RequestBody OfferAnswer answer) {
        offers.answerByCandidate(token, answer.accept());
        return statuses.byToken(token);
    }

    @ExceptionHandler(UnknownApplicationException.class)
    ProblemDetail unknown(UnknownApplicationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "We cannot find an application for this link. It may be mistyped, or it may have expired.");
        problem.setTitle("Not found");
        return problem;
    }

    /** The offer's lapse timer, or a second click, changed the application at the same moment. */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ProblemDetail lostRace(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Your application changed while we were saving your answer. Please try again.");
        problem.setTitle("Please try again");
        return problem;
    }
}
