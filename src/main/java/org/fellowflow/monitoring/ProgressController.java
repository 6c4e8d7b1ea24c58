package org.fellowflow.monitoring;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Every phase's progress, for admins (the staff filter lets only admins through). */
@RestController
class ProgressController {

    private final ProgressQueries progress;

    ProgressController(ProgressQueries progress) {
        this.progress = progress;
    }

    @GetMapping("/api/phases")
    List<PhaseProgress> phases() {
        return progress.all();
    }

    @GetMapping("/api/phases/{key}")
    PhaseProgress phase(@PathVariable String key) {
        return progress.all().stream().filter(phase -> phase.key().equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no phase " + key));
    }
}
