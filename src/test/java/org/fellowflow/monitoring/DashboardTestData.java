package org.fellowflow.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fellowflow.programme.Criterion;
import org.fellowflow.programme.ProgrammeCatalogue;
import org.fellowflow.programme.ProgrammeImporter;
import org.fellowflow.recruitment.ApplicationStage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applications (with equality answers) and fellows written straight into the tables with batch inserts, for
 * figures no process needs to have produced: the dashboard reads the tables, not the processes.
 */
final class DashboardTestData {

    /** One applicant to insert: their answer to the ethnicity question (null: no answers) and their stage. */
    record Applicant(String ethnicity, ApplicationStage stage) {
    }

    private DashboardTestData() {
    }

    /** Copies of one applicant. */
    static List<Applicant> times(int count, String ethnicity, ApplicationStage stage) {
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            applicants.add(new Applicant(ethnicity, stage));
        }
        return applicants;
    }

    /**
     * Inserts the applicants into the phase, numbered from {@code firstNumber} (references PHASE-NNNN, so keep
     * clear of the numbers intake gives: it counts from 1); returns their references.
     */
    static List<String> insert(JdbcTemplate jdbc, String phaseKey, int firstNumber, List<Applicant> applicants) {
        List<String> references = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < applicants.size(); i++) {
            Applicant applicant = applicants.get(i);
            String reference = "%s-%04d".formatted(phaseKey, firstNumber + i);
            String email = reference.toLowerCase() + "@example.org";
            references.add(reference);
            rows.add(new Object[] {reference, phaseKey, "Applicant " + reference, email, email, "NHS Sussex",
                    "Service improvement lead", "SUSSEX", "A project", "A project to try.", true, false,
                    UUID.randomUUID().toString(), applicant.stage().name(), now, 0L});
            if (applicant.ethnicity() != null) {
                answers.add(new Object[] {applicant.ethnicity(), reference});
            }
        }
        jdbc.batchUpdate("insert into application (reference, phase_key, name, email, email_normalised, employer, "
                + "job_role, home_ics, proposal_title, proposal_summary, consent, guaranteed_interview, "
                + "status_token, stage, submitted_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.batchUpdate("insert into equality_answers (application_id, ethnicity) "
                + "select id, ? from application where reference = ?", answers);
        return references;
    }

    /** A fellow for each application reference, led by the ICS given and serving one more. */
    static void fellows(JdbcTemplate jdbc, String programmeKey, String phaseKey, List<String> references,
            String leadIcs, String furtherIcs) {
        List<Object[]> rows = references.stream().map(reference -> new Object[] {"F-" + reference, reference,
                phaseKey, programmeKey, leadIcs, LocalDate.now().plusMonths(3), "ACTIVE", 0L}).toList();
        jdbc.batchUpdate("insert into fellow (reference, application_reference, phase_key, programme_key, lead_ics, "
                + "start_date, status, version) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("insert into fellow_further_ics (fellow_id, ics_code) select id, ? from fellow "
                + "where reference = ?", references.stream().map(r -> new Object[] {furtherIcs, "F-" + r}).toList());
    }

    /** Removes what {@link #insert} and {@link #fellows} wrote for the phases. */
    static void delete(JdbcTemplate jdbc, List<String> phaseKeys) {
        for (String phase : phaseKeys) {
            jdbc.update("delete from fellow_further_ics where fellow_id in (select id from fellow where phase_key = ?)",
                    phase);
            jdbc.update("delete from fellow where phase_key = ?", phase);
            jdbc.update("delete from equality_answers where application_id in "
                    + "(select id from application where phase_key = ?)", phase);
            jdbc.update("delete from application where phase_key = ?", phase);
        }
    }

    private static final List<String> ETHNICITIES = List.of("White", "Asian or Asian British",
            "Black, Black British, Caribbean or African", "Mixed or multiple", "Other ethnic group",
            "Prefer not to say");
    private static final ApplicationStage[] STAGES = ApplicationStage.values();

    /** A programme of phases launching one after another from ten days on; returns their keys in order. */
    static List<String> importPhases(ProgrammeImporter importer, String programme, int count) {
        LocalDate today = LocalDate.now();
        List<ProgrammeCatalogue.PhasePlan> plans = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate launch = today.plusDays(10L + 25L * i);
            plans.add(new ProgrammeCatalogue.PhasePlan(programme + "-" + i, "Phase " + i + " of " + programme, launch,
                    launch.plusDays(90), 3, List.of("SUSSEX"),
                    new ProgrammeCatalogue.PanelPlan("chair", List.of("panel1", "panel2", "panel3"))));
        }
        importer.importCatalogue(new ProgrammeCatalogue(
                List.of(new ProgrammeCatalogue.IcsPlan("KENT_MEDWAY", "Kent and Medway"),
                        new ProgrammeCatalogue.IcsPlan("SUSSEX", "Sussex"),
                        new ProgrammeCatalogue.IcsPlan("SURREY_HEARTLANDS", "Surrey Heartlands"),
                        new ProgrammeCatalogue.IcsPlan("FRIMLEY", "Frimley")),
                List.of(new ProgrammeCatalogue.ProgrammePlan(programme, "Fellowship " + programme, Period.ofDays(28),
                        List.of(new Criterion("Proposal", "A feasible project.")), plans,
                        ProgrammeCatalogue.FellowshipPlan.standard()))));
        return plans.stream().map(ProgrammeCatalogue.PhasePlan::key).toList();
    }

    /** Adds applications to each phase: every stage and ethnic group, and a few fellows per phase. */
    static void seedApplications(JdbcTemplate jdbc, String programme, List<String> phases, int perPhase) {
        for (String phase : phases) {
            int first = 1000 + jdbc.queryForObject("select count(*) from application where phase_key = ?",
                    Integer.class, phase);
            List<Applicant> applicants = new ArrayList<>();
            for (int i = 0; i < perPhase; i++) {
                int n = first + i;
                applicants.add(new Applicant(n % 7 == 6 ? null : ETHNICITIES.get(n % 6), STAGES[n % STAGES.length]));
            }
            List<String> references = insert(jdbc, phase, first, applicants);
            fellows(jdbc, programme, phase, references.subList(0, Math.min(3, references.size())), "SUSSEX",
                    "FRIMLEY");
        }
    }
}
