package org.fellowflow.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The programme data, checked: ICSs, programmes, their criteria and phases, as the programme file states them. */
public record ProgrammeCatalogue(List<IcsPlan> icss, List<ProgrammePlan> programmes) {

    public record IcsPlan(String code, String name) {
    }

    public record ProgrammePlan(String key, String name, Period readvertiseEvery, List<Criterion> criteria,
            List<PhasePlan> phases, FellowshipPlan fellowship) {
    }

    /**
     * What a fellowship of the programme is, after the start.
     *
     * @param length e.g. P12M or P18M
     * @param checkInEvery how often the supervisor's check-in is recorded, e.g. P56D (every 8 weeks)
     * @param communityOfPractice the community of practice every fellow joins
     * @param modules the ARC KSS Academy training modules, each due a number of months after the start
     */
    public record FellowshipPlan(Period length, Period checkInEvery, String communityOfPractice,
            List<TrainingModule> modules) {

        public static FellowshipPlan standard() {
            return new FellowshipPlan(Period.ofMonths(12), Period.ofDays(56), "KSS Knowledge Mobilisation Community",
                    List.of(new TrainingModule("Introduction to knowledge mobilisation", 2)));
        }
    }

    public record PhasePlan(String key, String name, LocalDate launch, LocalDate start, int posts,
            List<String> icss, PanelPlan panel) {
    }

    /** Who assesses a phase's applications (Camunda user ids). */
    public record PanelPlan(String chair, List<String> members) {
    }
}
