package org.fellowflow.recruitment;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.fellowflow.programme.Criterion;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseNotRecruitingException;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.UnknownPhaseException;
import org.fellowflow.web.InvalidFieldsException;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The intake page: the same intake as the API, as a plain HTML form that works without JavaScript. A refused
 * form comes back with what the person typed and a message beside each field that needs fixing.
 */
@Controller
class IntakePageController {

    private final IntakeService intake;
    private final PhaseRegistry phases;
    private final List<EqualityQuestions.Question> equalityQuestions = EqualityQuestions.ALL;

    IntakePageController(IntakeService intake, PhaseRegistry phases) {
        this.intake = intake;
        this.phases = phases;
    }

    @GetMapping("/apply/{phaseKey}")
    ModelAndView form(@PathVariable String phaseKey) {
        PhaseDetails phase = phases.phase(phaseKey);
        if (!phase.isRecruiting()) {
            throw new PhaseNotRecruitingException(phase.key(), phase.name(), phase.status());
        }
        return formPage(HttpStatus.OK, phase, phases.criteria(phaseKey), IntakeFormValues.empty(), List.of());
    }

    @PostMapping(path = "/apply/{phaseKey}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ModelAndView submit(@PathVariable String phaseKey, @RequestParam MultiValueMap<String, String> params) {
        PhaseDetails phase = phases.phase(phaseKey);
        List<Criterion> criteria = phases.criteria(phaseKey);
        IntakeFormValues values = IntakeFormValues.from(params, criteria);
        try {
            SubmittedApplication submitted = inBritishEnglish(
                    () -> intake.submit(phaseKey, values.toApplicationForm()));
            ModelAndView page = new ModelAndView("apply/submitted", HttpStatus.OK);
            page.addObject("phase", phase);
            page.addObject("name", values.name().strip());
            page.addObject("submitted", submitted);
            return page;
        } catch (InvalidFieldsException e) {
            return formPage(HttpStatus.BAD_REQUEST, phase, criteria, values,
                    IntakeFormErrors.of(e.errors(), criteria));
        }
    }

    private ModelAndView formPage(HttpStatus status, PhaseDetails phase, List<Criterion> criteria,
            IntakeFormValues values, List<IntakeFormErrors.FieldError> errors) {
        ModelAndView page = new ModelAndView("apply/form", status);
        page.addObject("phase", phase);
        page.addObject("criteria", criteria);
        page.addObject("icss", phases.icsNames());
        page.addObject("equalityQuestions", equalityQuestions);
        page.addObject("form", values);
        page.addObject("errorList", errors);
        page.addObject("errors", errors.stream().collect(Collectors.toMap(IntakeFormErrors.FieldError::id,
                IntakeFormErrors.FieldError::message, (a, b) -> a + ". " + b)));
        return page;
    }

    /** Validation messages follow the browser's language; this page is in British English whatever it asks. */
    private static <T> T inBritishEnglish(Supplier<T> action) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.UK);
        try {
            return action.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    @ExceptionHandler(UnknownPhaseException.class)
    ModelAndView unknownPhase() {
        return ProblemPages.of(HttpStatus.NOT_FOUND, "Page not found",
                "We cannot find a fellowship phase at this address. Check that you copied the whole link.");
    }

    @ExceptionHandler(PhaseNotRecruitingException.class)
    ModelAndView notRecruiting(PhaseNotRecruitingException e) {
        return ProblemPages.of(HttpStatus.CONFLICT, "Not taking applications", e.getMessage());
    }

    @ExceptionHandler(DuplicateApplicationException.class)
    ModelAndView duplicate(DuplicateApplicationException e) {
        return ProblemPages.of(HttpStatus.CONFLICT, "You have already applied",
                ("This email address has already applied to this phase, as application %s. "
                        + "Use the private link we gave you to follow it.").formatted(e.existingReference()));
    }

    /** Two identical submissions racing past intake's check meet the database's unique constraint. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView race() {
        return ProblemPages.of(HttpStatus.CONFLICT, "You have already applied",
                "This email address has already applied to this phase.");
    }
}
