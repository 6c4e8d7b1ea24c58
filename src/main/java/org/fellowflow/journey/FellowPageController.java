package org.fellowflow.journey;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A fellow's page for staff: ICSs, host team, journey stage, training, check-ins and outputs. */
@Controller
class FellowPageController {

    private final Fellows fellows;

    FellowPageController(Fellows fellows) {
        this.fellows = fellows;
    }

    @GetMapping("/fellows/{reference}")
    String page(@PathVariable String reference, Model model) {
        model.addAttribute("fellow", fellows.fellow(reference));
        return "fellows/view";
    }
}
