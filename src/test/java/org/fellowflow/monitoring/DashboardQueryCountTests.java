package org.fellowflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fellowflow.FellowflowTest;
import org.fellowflow.programme.ProgrammeImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progress API and the dashboard cost the same number of SQL statements with 2 phases and a few
 * applications as with 20 phases and 10,000 applications. Statements are counted by the H2 database itself
 * (its query statistics, switched on for this test): every statement any connection runs, Camunda's sign-in
 * checks for the HTTP Basic credentials included. A background refresh of the metrics (every minute) could
 * land inside a request, so each request is counted three times and the fewest statements kept. Latencies are
 * printed, not asserted.
 */
@FellowflowTest
class DashboardQueryCountTests {

    private static final String PROGRAMME = "DQC";
    private static final int PHASES = 20;
    private static final int APPLICATIONS = 10_000;

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProgrammeImporter importer;

    private final List<String> phaseKeys = new ArrayList<>();

    @AfterEach
    void removeTheApplicationsAndStatistics() {
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        DashboardTestData.delete(jdbc, phaseKeys);
    }

    @Test
    void theStatementsPerRequestDoNotGrowWithPhasesOrApplications() {
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
        jdbc.execute("SET QUERY_STATISTICS TRUE");

        importPhases(2);
        seedApplications(0, 2, 50);
        Map<String, Count> few = Map.of("/api/phases", count("/api/phases"),
                "/admin/dashboard", count("/admin/dashboard"));

        long seeding = System.nanoTime();
        importPhases(PHASES);
        seedApplications(0, 2, APPLICATIONS / PHASES - 50);
        seedApplications(2, PHASES, APPLICATIONS / PHASES);
        System.out.printf("Seeded %d more phases and %d applications in %d ms%n", PHASES - 2, APPLICATIONS - 100,
                (System.nanoTime() - seeding) / 1_000_000);
        assertThat(jdbc.queryForObject("select count(*) from application where phase_key like 'DQC-%'", Long.class))
                .isEqualTo(APPLICATIONS);
        Map<String, Count> many = Map.of("/api/phases", count("/api/phases"),
                "/admin/dashboard", count("/admin/dashboard"));

        for (String path : List.of("/api/phases", "/admin/dashboard")) {
            System.out.printf("%s: %d statements (latencies %s ms) with 2 phases; %d statements with %d phases and "
                    + "%d applications%n", path, few.get(path).statements(), few.get(path).latencies(),
                    many.get(path).statements(), PHASES, APPLICATIONS);
            System.out.printf("  latencies with %d phases: %s ms; statements (of which %d COMMIT):%n", PHASES,
                    many.get(path).latencies(), many.get(path).bySql().getOrDefault("COMMIT", 0L));
            many.get(path).bySql().forEach((sql, n) -> System.out.printf("    %d x %s%n", n, sql));
            assertThat(many.get(path).statements()).as(path + ": statements with 20 phases as with 2")
                    .isEqualTo(few.get(path).statements());
        }
        assertThat(many.get("/admin/dashboard").statements() - many.get("/api/phases").statements())
                .as("the dashboard adds its fairness and ICS queries to the progress read model's").isEqualTo(2);
        assertThat(many.get("/admin/dashboard").statements()).as("a fixed, small number").isLessThanOrEqualTo(25);
    }

    /** The statements one request costs (the fewest over three runs) and its latencies. */
    private Count count(String path) {
        http.withBasicAuth("admin", "admin").getForEntity(path, String.class);
        Count fewest = null;
        List<Long> latencies = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Map<String, Long> before = statistics();
            long start = System.nanoTime();
            ResponseEntity<String> response = http.withBasicAuth("admin", "admin").getForEntity(path, String.class);
            latencies.add((System.nanoTime() - start) / 1_000_000);
            Map<String, Long> after = statistics();
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
            Map<String, Long> ran = new TreeMap<>();
            after.forEach((sql, n) -> {
                long added = n - before.getOrDefault(sql, 0L);
                if (added > 0) {
                    String oneLine = sql.replaceAll("\\s+", " ").trim();
                    ran.merge(oneLine.length() > 90 ? oneLine.substring(0, 90) + "…" : oneLine, added, Long::sum);
                }
            });
            Count counted = new Count(ran.values().stream().mapToLong(Long::longValue).sum(), ran, latencies);
            if (fewest == null || counted.statements() < fewest.statements()) {
                fewest = counted;
            }
        }
        return new Count(fewest.statements(), fewest.bySql(), latencies);
    }

    private Map<String, Long> statistics() {
        Map<String, Long> counts = new HashMap<>();
        // RAND() keeps H2 from answering from its cache of a deterministic query's last result.
        jdbc.query("select SQL_STATEMENT, EXECUTION_COUNT, RAND() from INFORMATION_SCHEMA.QUERY_STATISTICS", rs -> {
            String sql = rs.getString(1);
            if (!sql.contains("QUERY_STATISTICS")) {
                counts.put(sql, rs.getLong(2));
            }
        });
        return counts;
    }

    record Count(long statements, Map<String, Long> bySql, List<Long> latencies) {
    }

    private void importPhases(int count) {
        for (String key : DashboardTestData.importPhases(importer, PROGRAMME, count)) {
            if (!phaseKeys.contains(key)) {
                phaseKeys.add(key);
            }
        }
    }

    private void seedApplications(int from, int to, int perPhase) {
        DashboardTestData.seedApplications(jdbc, PROGRAMME, phaseKeys.subList(from, to), perPhase);
    }
}
