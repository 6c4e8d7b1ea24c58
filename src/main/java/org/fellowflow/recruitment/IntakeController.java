package org.fellowflow.recruitment;

import java.net.URI;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The public intake API: anyone may apply to a recruiting phase. */
@RestController
class IntakeController {

    private final IntakeService intake;

    IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping("/api/phases/{phaseKey}/applications")
    ResponseEntity<SubmittedApplication> apply(@PathVariable String phaseKey, @RequestBody ApplicationForm form) {
        SubmittedApplication submitted = intake.submit(phaseKey, form);
        return ResponseEntity.created(URI.create(submitted.statusLink())).body(submitted);
    }

    @ExceptionHandler(DuplicateApplicationException.class)
    ProblemDetail duplicate(DuplicateApplicationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Already applied");
        problem.setProperty("existingReference", e.existingReference());
        return problem;
    }

    /** Two identical submissions racing past the check meet the database's unique constraint. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail race(DataIntegrityViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This email address has already applied to this phase.");
        problem.setTitle("Already applied");
        return problem;
    }
}
