package org.fellowflow.monitoring;

import jakarta.validation.constraints.Pattern;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fellowflow.recruitment.ApplicationForm;
import org.fellowflow.recruitment.ApplicationStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointment from shortlisting by ethnic group ({@link Fairness}), from one grouped query over applications
 * and their equality answers, for every phase together or for one phase. Reads only; never shows anyone's
 * answers, only counts.
 */
@Component
class FairnessQueries {

    static final int SUPPRESSED_BELOW = 5;
    static final String WHITE = "White";
    static final String NOT_STATED = "Not stated";
    static final String BME = "Black and minority ethnic groups together";
    private static final String PREFER_NOT_TO_SAY = "Prefer not to say";

    /** The ethnic groups intake accepts (read from the form's own choices), White first, then "Not stated". */
    static final List<String> GROUPS = groups();

    private final JdbcTemplate jdbc;

    FairnessQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every phase together. */
    @Transactional(readOnly = true)
    Fairness all() {
        Map<String, long[]> counts = emptyCounts();
        jdbc.query("select e.ethnicity, a.stage, count(*) from application a "
                + "left join equality_answers e on e.application_id = a.id group by e.ethnicity, a.stage",
                rs -> {
                    add(counts, rs.getString(1), rs.getString(2), rs.getLong(3));
                });
        return compute(null, counts);
    }

    /** One phase; empty when there is no such phase. */
    @Transactional(readOnly = true)
    Optional<Fairness> phase(String phaseKey) {
        Map<String, long[]> counts = emptyCounts();
        boolean[] found = {false};
        // From the phase, so that a phase without applications still answers (with a row of nulls).
        jdbc.query("select e.ethnicity, a.stage, count(a.id) from phase p "
                + "left join application a on a.phase_key = p.phase_key "
                + "left join equality_answers e on e.application_id = a.id "
                + "where p.phase_key = ? group by e.ethnicity, a.stage", rs -> {
                    found[0] = true;
                    add(counts, rs.getString(1), rs.getString(2), rs.getLong(3));
                }, phaseKey);
        return found[0] ? Optional.of(compute(phaseKey, counts)) : Optional.empty();
    }

    /** Unanswered, "Prefer not to say" and anything intake would not accept count as "Not stated". */
    static String group(String ethnicity) {
        return ethnicity != null && GROUPS.contains(ethnicity) ? ethnicity : NOT_STATED;
    }

    private static void add(Map<String, long[]> counts, String ethnicity, String stageName, long count) {
        if (stageName == null) {
            return;
        }
        ApplicationStage stage = ApplicationStage.valueOf(stageName);
        long[] figures = counts.get(group(ethnicity));
        figures[0] += count;
        if (FunnelStages.SHORTLISTED.contains(stage)) {
            figures[1] += count;
        }
        if (stage == ApplicationStage.APPOINTED) {
            figures[2] += count;
        }
    }

    static Map<String, long[]> emptyCounts() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        GROUPS.forEach(group -> counts.put(group, new long[3]));
        return counts;
    }

    /**
     * The figures from each group's applicants, shortlisted and appointed, suppressing every count under
     * {@link #SUPPRESSED_BELOW} and whatever is computed from one.
     */
    static Fairness compute(String phase, Map<String, long[]> counts) {
        long[] white = counts.getOrDefault(WHITE, new long[3]);
        long[] bme = new long[3];
        counts.forEach((group, figures) -> {
            if (!group.equals(WHITE) && !group.equals(NOT_STATED)) {
                for (int i = 0; i < 3; i++) {
                    bme[i] += figures[i];
                }
            }
        });
        List<Fairness.Row> rows = new ArrayList<>();
        for (String group : GROUPS) {
            rows.add(row(group, counts.getOrDefault(group, new long[3]), group.equals(WHITE) ? null : white));
        }
        return new Fairness(phase, SUPPRESSED_BELOW, List.copyOf(rows), row(BME, bme, white));
    }

    /** A group's row; its relative likelihood against the reference figures, none when reference is null. */
    private static Fairness.Row row(String group, long[] figures, long[] reference) {
        List<String> suppressed = new ArrayList<>();
        Long applicants = shown(figures[0], "applicants", suppressed);
        Long shortlisted = shown(figures[1], "shortlisted", suppressed);
        Long appointed = shown(figures[2], "appointed", suppressed);
        Double likelihood = null;
        if (shortlisted == null || appointed == null) {
            suppressed.add("likelihood");
        } else {
            likelihood = (double) appointed / shortlisted;
        }
        Double relative = null;
        if (reference != null) {
            boolean referenceShown = reference[1] >= SUPPRESSED_BELOW && reference[2] >= SUPPRESSED_BELOW;
            // Both likelihoods rest on counts of at least 5 here, so neither is zero.
            if (likelihood == null || !referenceShown) {
                suppressed.add("relativeLikelihood");
            } else {
                relative = ((double) reference[2] / reference[1]) / likelihood;
            }
        }
        return new Fairness.Row(group, applicants, shortlisted, appointed, likelihood, relative,
                !suppressed.isEmpty(), List.copyOf(suppressed));
    }

    private static Long shown(long count, String figure, List<String> suppressed) {
        if (count < SUPPRESSED_BELOW) {
            suppressed.add(figure);
            return null;
        }
        return count;
    }

    private static List<String> groups() {
        RecordComponent ethnicity = Arrays.stream(ApplicationForm.EqualityForm.class.getRecordComponents())
                .filter(component -> component.getName().equals("ethnicity")).findFirst().orElseThrow();
        List<String> choices = Arrays.stream(ethnicity.getAccessor().getAnnotation(Pattern.class).regexp()
                .split("\\|")).map(choice -> choice.replace("\\", "")).filter(c -> !c.equals(PREFER_NOT_TO_SAY))
                .toList();
        List<String> groups = new ArrayList<>();
        if (choices.contains(WHITE)) {
            groups.add(WHITE);
        }
        choices.stream().filter(choice -> !choice.equals(WHITE)).forEach(groups::add);
        groups.add(NOT_STATED);
        return List.copyOf(groups);
    }
}
