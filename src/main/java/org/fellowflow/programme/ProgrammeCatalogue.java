package org.fellowflow.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The programme data, checked: ICSs, programmes, their criteria and phases, as the programme file states them. */
public record ProgrammeCatalogue(List<IcsPlan> icss, List<ProgrammePlan> programmes) {

    public record IcsPlan(String code, String name) {
    }

    public record ProgrammePlan(String key, String name, Period readvertiseEvery, List<Criterion> criteria,
            List<PhasePlan> phases) {
    }

    public record PhasePlan(String key, String name, LocalDate launch, LocalDate start, int posts,
            List<String> icss, PanelPlan panel) {
    }

    /** Who assesses a phase's applications (Camunda user ids). */
    public record PanelPlan(String chair, List<String> members) {
    }
}
