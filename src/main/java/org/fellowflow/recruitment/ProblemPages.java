package org.fellowflow.recruitment;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The public pages' answer when something cannot be done: a page in plain words, with the right status. */
final class ProblemPages {

    private ProblemPages() {
    }

    static ModelAndView of(HttpStatus status, String heading, String detail) {
        return of(status, heading, detail, null, null);
    }

    /** With a link onwards, e.g. back to the status page. */
    static ModelAndView of(HttpStatus status, String heading, String detail, String linkText, String linkHref) {
        ModelAndView page = new ModelAndView("error/problem", status);
        page.addAllObjects(Map.of("heading", heading, "detail", detail));
        if (linkHref != null) {
            page.addObject("linkText", linkText);
            page.addObject("linkHref", linkHref);
        }
        return page;
    }
}
