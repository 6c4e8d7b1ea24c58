package org.fellowflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fellowflow.Applicants;
import org.fellowflow.RunningNode;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 500 applications submitted over HTTP by 20 clients at once to the embedded default (H2 file, job executor
 * on, outbox capturing mail): all are saved and each is acknowledged exactly once. Figures: applications per
 * second over the burst, and the p50 and p95 of the intake request.
 */
class IntakeBurstBenchmark {

    private static final int APPLICATIONS = 500;
    private static final int CLIENTS = 20;
    private static final String BENCHMARK = "Intake burst";

    @Test
    void fiveHundredApplicationsFromTwentyClients() throws Exception {
        try (RunningNode node = BenchNodes.embeddedDefault("benchintake", Map.of(
                "fellowflow.programmes.load-on-start-up", false,
                "fellowflow.notification.dispatch-every", "PT1S"))) {
            String phase = node.bean(RecruitmentDriver.class).plannedPhase(2, LocalDate.now().minusDays(7));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    node.get("/api/phases/" + phase, true).path("status").asText().equals("RECRUITING"));
            submit(node, phase, "warmup", 50, new Latencies());

            Latencies latencies = new Latencies();
            long start = System.nanoTime();
            submit(node, phase, "burst", APPLICATIONS, latencies);
            double perSecond = APPLICATIONS / ((System.nanoTime() - start) / 1e9);

            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(*) from notification where template = 'application-received' and status = 'CAPTURED'"
                            + " and application_reference like ?", Long.class, phase + "-%"))
                    .isEqualTo(APPLICATIONS + 50));
            long saved = jdbc.queryForObject("select count(*) from application where phase_key = ?", Long.class, phase);
            long acknowledgedTwice = jdbc.queryForObject("select count(*) from (select application_reference from "
                    + "notification where template = 'application-received' group by application_reference "
                    + "having count(*) > 1) twice", Long.class);
            assertThat(saved).isEqualTo(APPLICATIONS + 50);
            assertThat(acknowledgedTwice).isZero();

            BenchReport.record(BENCHMARK, "applications per second, 20 clients, H2 file", perSecond,
                    "applications/s", null, null, null);
            BenchReport.record(BENCHMARK, "intake request p50", latencies.percentile(50), "ms", null, null, null);
            BenchReport.record(BENCHMARK, "intake request p95", latencies.percentile(95), "ms", null, null, null);
            BenchReport.record(BENCHMARK, "saved and acknowledged exactly once", saved - 50 - acknowledgedTwice,
                    "of " + APPLICATIONS, null, "all", saved - 50 == APPLICATIONS && acknowledgedTwice == 0);
        }
    }

    private static void submit(RunningNode node, String phase, String prefix, int count, Latencies latencies)
            throws Exception {
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = prefix + i + "@burst.example.org";
            requests.add(() -> {
                long sent = System.nanoTime();
                HttpResponse<String> response = node.post("/api/phases/" + phase + "/applications",
                        Applicants.form("Burst Applicant " + email, email, List.of("Proposal", "Collaboration")),
                        false);
                latencies.add(System.nanoTime() - sent);
                return response.statusCode();
            });
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (Future<Integer> status : clients.invokeAll(requests)) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            clients.shutdown();
        }
    }
}
