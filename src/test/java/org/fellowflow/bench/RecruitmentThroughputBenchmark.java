package org.fellowflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.fellowflow.EmbeddedPostgresDatabase;
import org.fellowflow.RunningNode;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Test;

/**
 * Applications per second through the whole fellowship-application process, beside a bare BPMN of the same
 * shape on the same engine and database in the same run. Each application takes the path to "not appointable":
 * submitted through the intake, acknowledged (a job), screened, assessed by three panel members, scheduled,
 * interviewed (the timer job, then three assessments) and confirmed by the chair: nine user tasks and two jobs,
 * completed through the Java API as people would, by 4 workers at once, in 20 short rounds taking turns with
 * the baseline's. The outbox runs (mail captured).
 * Figures: applications per second for each and the ratio of Fellowflow's cost per application to the
 * baseline's, with the median and quartiles of the rounds' ratios. {@code -Dbench.applications=N} sets N
 * (1,000 by default), {@code -Dbench.rounds=R} the number of rounds of each (20 by default).
 */
class RecruitmentThroughputBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 1000);
    private static final int WARM_UP = 50;
    private static final int WORKERS = 4;
    // Short rounds in turn, so that the JIT compilers' busiest first minutes and a slow spell of a shared machine
    // fall on both kinds alike. With 4 rounds of 250, the baseline's first round took the compilers' busiest
    // minute alone, and the total's ratio came out low: a mean of 1.62 in four cold runs on H2, against 1.81 in
    // six this way, as the one-worker step cost benchmark finds (docs/benchmarks.md, eleventh round).
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final String BENCHMARK = "Recruitment throughput";

    @Test
    void onH2File() throws Exception {
        try (RunningNode node = BenchNodes.embeddedDefault("benchh2", Map.of(
                "camunda.bpm.job-execution.enabled", false,
                "fellowflow.programmes.load-on-start-up", false))) {
            measure(node, "H2 file", 30.0);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (RunningNode node = BenchNodes.postgres("benchpg")) {
            measure(node, "PostgreSQL " + EmbeddedPostgresDatabase.version().split(" ")[1], null);
        }
    }

    private void measure(RunningNode node, String database, Double target) throws Exception {
        BaselineDriver baseline = new BaselineDriver(node);
        RecruitmentDriver driver = node.bean(RecruitmentDriver.class);
        String phase = driver.recruitingPhase(2);
        AtomicInteger numbers = new AtomicInteger();
        Application bare = i -> baseline.application("BASE-" + numbers.incrementAndGet());

        Application fellowflow = i -> driver.notAppointable(phase);
        seconds(WARM_UP, fellowflow);
        seconds(WARM_UP, bare);
        // In turns, each first every other round, so that a slower spell of a shared machine falls on both.
        double baselineSeconds = 0;
        double fellowflowSeconds = 0;
        double[] compiling = new double[2];
        List<Double> roundRatios = new ArrayList<>();
        int perRound = APPLICATIONS / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            double baselineRound;
            double fellowflowRound;
            if (round % 2 == 0) {
                baselineRound = seconds(perRound, bare, compiling, 0);
                fellowflowRound = seconds(perRound, fellowflow, compiling, 1);
            } else {
                fellowflowRound = seconds(perRound, fellowflow, compiling, 1);
                baselineRound = seconds(perRound, bare, compiling, 0);
            }
            baselineSeconds += baselineRound;
            fellowflowSeconds += fellowflowRound;
            roundRatios.add(fellowflowRound / baselineRound);
            // Each round in the log, with the compilers' time so far, shows whether the ratio drifts as they settle.
            System.out.printf(Locale.ROOT, "ROUND %s %d: Fellowflow %.1f/s, bare BPMN %.1f/s, cost ratio %.2f;"
                    + " JIT so far %.1f s and %.1f s%n", database, round + 1, perRound / fellowflowRound,
                    perRound / baselineRound, fellowflowRound / baselineRound, compiling[1], compiling[0]);
        }
        double baselinePerSecond = perRound * ROUNDS / baselineSeconds;
        double fellowflowPerSecond = perRound * ROUNDS / fellowflowSeconds;

        HistoryService history = node.bean(HistoryService.class);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("FellowshipApplicationProcess")
                .finished().count()).as("every application ended").isEqualTo(APPLICATIONS / ROUNDS * ROUNDS + WARM_UP);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(BaselineDriver.KEY)
                .finished().count()).isEqualTo(APPLICATIONS / ROUNDS * ROUNDS + WARM_UP);

        BenchReport.record(BENCHMARK, "bare BPMN of the same shape, " + database, baselinePerSecond,
                "applications/s", null, null, null);
        BenchReport.record(BENCHMARK, "Fellowflow, " + database, fellowflowPerSecond, "applications/s", null,
                target == null ? null : ">= " + target.intValue(), target == null ? null : fellowflowPerSecond >= target);
        // Cost per application is the inverse of throughput: the ratio of costs is baseline/fellowflow.
        double costRatio = baselinePerSecond / fellowflowPerSecond;
        BenchReport.record(BENCHMARK, "cost per application vs the bare BPMN, " + database,
                1000 / fellowflowPerSecond, "ms", 1000 / baselinePerSecond, "ratio <= 1.3", costRatio <= 1.3);
        // How far one round's ratio strays from another's shows how much a single run's ratio can be trusted.
        Collections.sort(roundRatios);
        String spread = String.format(Locale.ROOT, "(%.2f to %.2f; %.2f to %.2f)", quantile(roundRatios, 0.25),
                quantile(roundRatios, 0.75), roundRatios.get(0), roundRatios.get(roundRatios.size() - 1));
        BenchReport.record(BENCHMARK, "cost ratio, median of the " + ROUNDS
                + " rounds (quartiles, lowest and highest), " + database, quantile(roundRatios, 0.5), spread,
                null, null, null);
        // The JIT still compiles through the rounds, more during Fellowflow's; once it falls quiet, after thousands
        // of applications, the ratio is a little lower (docs/benchmarks.md, seventh and eleventh rounds).
        BenchReport.record(BENCHMARK, "JIT compilers at work during the rounds, " + database, compiling[1],
                "s (Fellowflow's rounds took " + Math.round(fellowflowSeconds) + " s, the baseline's "
                        + Math.round(baselineSeconds) + " s)", compiling[0], null, null);
    }

    /** The q-quantile of sorted values, interpolated between the two nearest. */
    private static double quantile(List<Double> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    private interface Application {
        void run(int index) throws Exception;
    }

    /** Runs the applications on the workers; returns the seconds it took, and adds the JIT's to compiling[kind]. */
    private static double seconds(int count, Application application, double[] compiling, int kind)
            throws Exception {
        JitClock jit = JitClock.start();
        double seconds = seconds(count, application);
        compiling[kind] += jit.seconds();
        return seconds;
    }

    /** Runs the applications on the workers; returns the seconds it took. */
    private static double seconds(int count, Application application) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Object>> done = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            done.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    application.run(i);
                }
                return null;
            }));
        }
        for (Future<Object> worker : done) {
            worker.get();
        }
        workers.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }
}
