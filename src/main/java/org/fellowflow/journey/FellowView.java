package org.fellowflow.journey;

import java.time.LocalDate;
import java.util.List;
import org.fellowflow.placement.FellowDetails;

/**
 * A fellow as staff see them: their placement and, once started, their journey.
 *
 * @param journeyStage null before the start
 */
public record FellowView(String reference, String applicationReference, String phaseKey, String status,
        String leadIcs, List<String> furtherIcss, LocalDate startDate, LocalDate endDate, String journeyStage,
        String hostTeam, String supervisor, Double hoursPerWeek, String communityOfPractice,
        List<ModuleView> modules, List<Journey.CheckIn> checkIns, Boolean midPointOnTrack,
        List<Journey.Output> outputs, String withdrawnReason, LocalDate endedOn) {

    public record ModuleView(String name, LocalDate dueOn, LocalDate completedOn) {
    }

    static FellowView of(FellowDetails fellow, Journey journey) {
        if (journey == null) {
            return new FellowView(fellow.reference(), fellow.applicationReference(), fellow.phaseKey(),
                    fellow.status().name(), fellow.leadIcs(), fellow.furtherIcss(), fellow.startDate(), null, null,
                    null, null, null, null, List.of(), List.of(), null, List.of(), fellow.withdrawnReason(),
                    fellow.endedOn());
        }
        return new FellowView(fellow.reference(), fellow.applicationReference(), fellow.phaseKey(),
                fellow.status().name(), fellow.leadIcs(), fellow.furtherIcss(), journey.startDate(),
                journey.endDate(), journey.stage().name(), journey.hostTeam(), journey.supervisor(),
                journey.hoursPerWeek(), journey.communityOfPractice(), journey.modules().stream()
                        .map(m -> new ModuleView(m.name(), m.dueOn(), m.completedOn())).toList(),
                journey.checkIns(), journey.midPointOnTrack(), journey.outputs(), fellow.withdrawnReason(),
                fellow.endedOn());
    }
}
