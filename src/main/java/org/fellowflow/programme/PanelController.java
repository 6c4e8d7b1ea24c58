package org.fellowflow.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Admins set who sits on a phase's panel. */
@RestController
class PanelController {

    /**
     * @param chair the Camunda user id of the chair, who confirms outcomes
     * @param members the Camunda user ids of the members who score applications, at least two
     */
    record PanelRequest(@NotBlank String chair, @NotNull @Size(min = 2) List<@NotBlank String> members) {
    }

    record PanelResponse(String phaseKey, String chair, List<String> members) {
    }

    private final PhaseRegistry phases;

    PanelController(PhaseRegistry phases) {
        this.phases = phases;
    }

    @PutMapping("/api/phases/{key}/panel")
    PanelResponse assign(@PathVariable String key, @Valid @RequestBody PanelRequest request) {
        PhaseDetails phase = phases.assignPanel(key, request.chair(), request.members());
        return new PanelResponse(phase.key(), phase.panelChair(), phase.panelMembers());
    }
}
