package org.fellowflow.journey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.fellowflow.identity.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Fellows for staff; withdrawals and extensions are for admins (the staff filter enforces it). */
@RestController
class FellowController {

    record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    record Extension(@NotNull LocalDate endDate, @NotBlank @Size(max = 2000) String reason) {
    }

    private final Fellows fellows;

    FellowController(Fellows fellows) {
        this.fellows = fellows;
    }

    @GetMapping("/api/fellows")
    List<FellowView> all() {
        return fellows.all();
    }

    @GetMapping("/api/fellows/{reference}")
    FellowView fellow(@PathVariable String reference) {
        return fellows.fellow(reference);
    }

    @PostMapping("/api/fellows/{reference}/modules/{module}/complete")
    FellowView completeModule(@PathVariable String reference, @PathVariable String module,
            HttpServletRequest request) {
        StaffUser user = StaffUser.of(request);
        if (!user.isRecruiter() && !user.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the programme team records training.");
        }
        return fellows.completeModule(reference, module);
    }

    @PostMapping("/api/fellows/{reference}/withdraw")
    FellowView withdraw(@PathVariable String reference, @Valid @RequestBody Withdrawal withdrawal) {
        return fellows.withdraw(reference, withdrawal.reason());
    }

    @PostMapping("/api/fellows/{reference}/extension")
    FellowView extend(@PathVariable String reference, @Valid @RequestBody Extension extension) {
        return fellows.extend(reference, extension.endDate(), extension.reason());
    }

    @ExceptionHandler(Fellows.UnknownFellowException.class)
    ProblemDetail unknown(Fellows.UnknownFellowException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
