package org.fellowflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fellowflow.RunningNode;
import org.fellowflow.bench.BenchNodes;
import org.fellowflow.bench.BenchReport;
import org.fellowflow.programme.ProgrammeImporter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progress API and the dashboard at 1,000, 10,000 and 50,000 applications (20 phases, every stage and
 * ethnic group, written straight into the tables) on the embedded default's H2 file database: the median and
 * p95 of 20 requests at each size. The growth from 1,000 to 50,000 must be no worse than linear (50 times).
 * It lives beside the dashboard tests for their test data; its figures go to the same report as the others.
 */
class ScaleBenchmark {

    private static final List<Integer> SIZES = List.of(1_000, 10_000, 50_000);
    private static final int PHASES = 20;
    private static final int REQUESTS = 20;

    @Test
    void progressApiAndDashboardAtOneTenAndFiftyThousandApplications() {
        try (RunningNode node = BenchNodes.embeddedDefault("benchscale", Map.of(
                "camunda.bpm.job-execution.enabled", false,
                "fellowflow.programmes.load-on-start-up", false))) {
            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
            List<String> phases = DashboardTestData.importPhases(node.bean(ProgrammeImporter.class), "SCALE", PHASES);
            Map<String, Map<Integer, Double>> medians = new LinkedHashMap<>();
            int seeded = 0;
            for (int size : SIZES) {
                DashboardTestData.seedApplications(jdbc, "SCALE", phases, (size - seeded) / PHASES);
                seeded = size;
                assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(size);
                for (String path : List.of("/api/phases", "/admin/dashboard")) {
                    double[] latency = measure(node, jdbc, path);
                    medians.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(size, latency[0]);
                    String at = String.format(Locale.ROOT, "%s at %,d applications", path, size);
                    BenchReport.record("Scale", at + " p50", latency[0], "ms", null, null, null);
                    BenchReport.record("Scale", at + " p95", latency[1], "ms", null, null, null);
                }
            }
            medians.forEach((path, bySize) -> {
                double growth = bySize.get(50_000) / bySize.get(1_000);
                BenchReport.record("Scale", path + ": p50 at 50,000 / p50 at 1,000", growth, "times", null,
                        "<= 50 (linear)", growth <= 50);
            });
        }
    }

    /**
     * The median and p95 of the request's latency in milliseconds, after a warm-up. Before each request one
     * application changes, as it would between two requests in use: H2 answers a repeated query from its last
     * result while no table it reads has changed, which would measure nothing.
     */
    private static double[] measure(RunningNode node, JdbcTemplate jdbc, String path) {
        for (int i = 0; i < 5; i++) {
            node.getText(path);
        }
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            jdbc.update("update application set version = version + 1 where id = (select min(id) from application)");
            jdbc.update("update fellow set version = version + 1 where id = (select min(id) from fellow)");
            long start = System.nanoTime();
            node.getText(path);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[REQUESTS / 2 - 1] / 1e6, nanos[(int) Math.ceil(0.95 * REQUESTS) - 1] / 1e6};
    }
}
