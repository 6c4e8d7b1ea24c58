package org.fellowflow.recruitment;

import jakarta.servlet.http.HttpServletRequest;
import org.fellowflow.identity.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The application page that task forms link to, and its JSON twin, for signed-in staff. */
@Controller
class ApplicationViewController {

    private final ApplicationViews views;

    ApplicationViewController(ApplicationViews views) {
        this.views = views;
    }

    @GetMapping("/applications/{reference}")
    String page(@PathVariable String reference, HttpServletRequest request, Model model) {
        model.addAttribute("application", views.view(reference, StaffUser.of(request)));
        model.addAttribute("user", StaffUser.of(request));
        return "applications/view";
    }

    @GetMapping(path = "/api/applications/{reference}", produces = "application/json")
    @ResponseBody
    ApplicationView json(@PathVariable String reference, HttpServletRequest request) {
        return views.view(reference, StaffUser.of(request));
    }

    @ExceptionHandler(ApplicationViews.NotYoursException.class)
    @ResponseBody
    org.springframework.http.ResponseEntity<ProblemDetail> notYours(ApplicationViews.NotYoursException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(UnknownApplicationException.class)
    @ResponseBody
    org.springframework.http.ResponseEntity<ProblemDetail> unknown(UnknownApplicationException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static org.springframework.http.ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return org.springframework.http.ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
