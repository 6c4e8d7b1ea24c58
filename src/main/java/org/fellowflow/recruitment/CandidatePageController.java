package org.fellowflow.recruitment;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.fellowflow.programme.IllegalTransitionException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The candidate's status page behind their private link, where they also answer an offer. Answering
 * redirects back to the page (post/redirect/get), so that reloading it cannot send the answer twice.
 */
@Controller
class CandidatePageController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final CandidateStatuses statuses;
    private final OfferService offers;

    CandidatePageController(CandidateStatuses statuses, OfferService offers) {
        this.statuses = statuses;
        this.offers = offers;
    }

    @GetMapping("/status/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        // The address is the candidate's credential: keep it out of other sites' logs and out of search engines.
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
        CandidateStatus status = statuses.byToken(token);
        model.addAttribute("status", status);
        model.addAttribute("token", token);
        if (status.offer() != null) {
            model.addAttribute("lapsesOn", DAY.format(status.offer().lapsesOn()));
        }
        return "status/page";
    }

    @PostMapping("/status/{token}/offer")
    ModelAndView answerOffer(@PathVariable String token, @RequestParam boolean accept) {
        try {
            offers.answerByCandidate(token, accept);
        } catch (IllegalTransitionException e) {
            return ProblemPages.of(HttpStatus.CONFLICT, "There is no offer to answer",
                    "There is no open offer on your application: you may have answered it already, or it may "
                            + "have lapsed.", "See where your application stands", "/status/" + token);
        } catch (OptimisticLockingException | ConcurrencyFailureException e) {
            // The offer's lapse timer, or a second click, changed the application at the same moment.
            return ProblemPages.of(HttpStatus.CONFLICT, "Please try again",
                    "Your application changed while we were saving your answer. Please check where it stands and "
                            + "try again.", "See where your application stands", "/status/" + token);
        }
        RedirectView back = new RedirectView("/status/{token}", true);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(back);
    }

    @ExceptionHandler(UnknownApplicationException.class)
    ModelAndView unknown() {
        return ProblemPages.of(HttpStatus.NOT_FOUND, "We cannot find an application for this link",
                "The link may be mistyped or cut short, or it may have expired: links stop working some time after "
                        + "an application ends. If you copied it from an email, check that you copied all of it.");
    }
}
