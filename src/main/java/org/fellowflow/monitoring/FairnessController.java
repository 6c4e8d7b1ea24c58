package org.fellowflow.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The fairness figures as JSON, for admins (the staff filter lets only admins reach /api/admin/**). */
@RestController
class FairnessController {

    private final FairnessQueries fairness;

    FairnessController(FairnessQueries fairness) {
        this.fairness = fairness;
    }

    /** Every phase together, or one phase with {@code ?phase=KEY}. */
    @GetMapping(path = "/api/admin/fairness", produces = "application/json")
    Fairness fairness(@RequestParam(required = false) String phase) {
        if (phase == null || phase.isBlank()) {
            return fairness.all();
        }
        return fairness.phase(phase).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no phase " + phase));
    }
}
