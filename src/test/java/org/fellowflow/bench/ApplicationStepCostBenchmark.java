package org.fellowflow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.fellowflow.RunningNode;
import org.fellowflow.recruitment.FellowshipApplicationProcess;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Test;

/**
 * Where an application's cost goes: one worker takes applications through Fellowflow's process and through the
 * bare BPMN in turn (H2 file, outbox capturing mail), timing each step, and counts the history rows each kind
 * leaves. A profiling aid beside the throughput benchmark; it sets no target. {@code -Dbench.applications=N}
 * sets the applications of each kind after the warm-up (300 by default).
 */
class ApplicationStepCostBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 300);
    private static final int WARM_UP = 100;
    private static final String BENCHMARK = "Application step cost (one worker)";

    private final Map<String, long[]> nanos = new LinkedHashMap<>();

    @Test
    void eachStepOfFellowflowBesideTheBareBpmn() throws Exception {
        try (RunningNode node = BenchNodes.embeddedDefault("benchsteps", Map.of(
                "camunda.bpm.job-execution.enabled", false,
                "fellowflow.programmes.load-on-start-up", false))) {
            BaselineDriver baseline = new BaselineDriver(node);
            RecruitmentDriver driver = node.bean(RecruitmentDriver.class);
            String phase = driver.recruitingPhase(2);
            run(driver, baseline, phase, WARM_UP, "warm-up");
            nanos.clear();
            run(driver, baseline, phase, APPLICATIONS, "run");

            double fellowflowTotal = 0;
            double baselineTotal = 0;
            for (String step : List.of("submit and acknowledge", "screen", "shortlist (3 members)",
                    "schedule the interview", "interview (timer, 3 members)", "confirm the outcome")) {
                double fellowflow = perApplication("Fellowflow: " + step);
                double bare = perApplication("baseline: " + step);
                fellowflowTotal += fellowflow;
                baselineTotal += bare;
                BenchReport.record(BENCHMARK, step, fellowflow, "ms", bare, null, null);
            }
            BenchReport.record(BENCHMARK, "whole application", fellowflowTotal, "ms", baselineTotal, null, null);
            try (Connection connection = node.bean(DataSource.class).getConnection();
                    Statement statement = connection.createStatement()) {
                for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_ACTINST")) {
                    BenchReport.record(BENCHMARK, "rows in " + table + " per application",
                            rowsPerApplication(statement, table, FellowshipApplicationProcess.KEY), "rows",
                            rowsPerApplication(statement, table, BaselineDriver.KEY), null, null);
                }
            }
        }
    }

    private void run(RecruitmentDriver driver, BaselineDriver baseline, String phase, int count, String label) {
        for (int i = 0; i < count; i++) {
            String[] reference = new String[1];
            time("Fellowflow: submit and acknowledge", () -> reference[0] = driver.apply(phase));
            time("Fellowflow: screen", () -> driver.screen(reference[0], true));
            time("Fellowflow: shortlist (3 members)", () -> driver.shortlist(reference[0], 4));
            time("Fellowflow: schedule the interview", () -> driver.scheduleInterview(reference[0]));
            time("Fellowflow: interview (timer, 3 members)", () -> driver.interview(reference[0], 1, "DO_NOT_APPOINT"));
            time("Fellowflow: confirm the outcome", () -> driver.confirmOutcome(reference[0]));
            String key = "STEP-" + label + "-" + i;
            time("baseline: submit and acknowledge", () -> baseline.startAndAcknowledge(key));
            time("baseline: screen", () -> baseline.screen(key));
            time("baseline: shortlist (3 members)", () -> baseline.shortlist(key));
            time("baseline: schedule the interview", () -> baseline.scheduleInterview(key));
            time("baseline: interview (timer, 3 members)", () -> baseline.interview(key));
            time("baseline: confirm the outcome", () -> baseline.confirmOutcome(key));
        }
    }

    private void time(String step, Runnable work) {
        long start = System.nanoTime();
        work.run();
        nanos.computeIfAbsent(step, name -> new long[1])[0] += System.nanoTime() - start;
    }

    private double perApplication(String step) {
        return nanos.get(step)[0] / 1e6 / APPLICATIONS;
    }

    /** Rows per ended application of the process (warm-up included, every application took the same path). */
    private static double rowsPerApplication(Statement statement, String table, String processKey) throws Exception {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table + " where PROC_DEF_KEY_ = '"
                + processKey + "'")) {
            rows.next();
            return rows.getLong(1) / (double) (WARM_UP + APPLICATIONS);
        }
    }
}
