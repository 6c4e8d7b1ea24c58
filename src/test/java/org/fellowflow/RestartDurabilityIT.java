package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default survives a restart: applications submitted just before the application stops are all
 * there after it starts again on the same ./data, their acknowledgements are each kept once, and the work goes
 * on where it stopped. Both starts are the real thing: the default profile, seeding, the job executor on.
 */
class RestartDurabilityIT {

    private static final String PHASE = "KMF-Y1";

    @TempDir
    Path data;

    @Test
    void applicationsSubmittedBeforeAStopAreAllThereAfterTheRestartAndGoOn() {
        List<String> references = new ArrayList<>();
        try (RunningNode first = start()) {
            awaitRecruiting(first);
            for (int i = 1; i <= 6; i++) {
                HttpResponse<String> response = first.post("/api/phases/" + PHASE + "/applications",
                        Applicants.form("Restart Applicant " + i, "restart" + i + "@example.org",
                                Applicants.KMF_CRITERIA), false);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                references.add(Applicants.reference(response));
            }
            // Stopped at once: some acknowledgements may not have run yet; none may be lost or run twice.
        }

        try (RunningNode second = start()) {
            JsonNode phases = second.engineRest("/process-instance?processDefinitionKey=FellowshipPhaseProcess");
            assertThat(phases).as("the seeded phases are not seeded again").hasSize(6);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(references)
                    .allSatisfy(reference -> assertThat(screeningTasks(second, reference)).hasSize(1)));
            for (String reference : references) {
                second.completeTask(screeningTasks(second, reference).get(0).get("id").asText(),
                        Map.of("eligible", "false", "screeningReason", "Not employed in the region"));
            }

            for (String reference : references) {
                JsonNode process = second.engineRest("/history/process-instance?processInstanceBusinessKey="
                        + reference);
                assertThat(process).as("one application process for " + reference).hasSize(1);
                assertThat(process.get(0).get("state").asText()).isEqualTo("COMPLETED");
                assertThat(process.get(0).get("endTime").isNull()).isFalse();
            }
            JsonNode outbox = second.get("/api/admin/notifications", true);
            Map<String, List<String>> templatesByApplication = new LinkedHashMap<>();
            StreamSupport.stream(outbox.spliterator(), false)
                    .filter(row -> references.contains(row.path("applicationReference").asText()))
                    .forEach(row -> templatesByApplication.computeIfAbsent(row.get("applicationReference").asText(),
                            r -> new ArrayList<>()).add(row.get("template").asText()));
            assertThat(templatesByApplication).as("each application told once it arrived, once it was screened out")
                    .hasSize(references.size())
                    .allSatisfy((reference, templates) -> assertThat(templates)
                            .containsExactlyInAnyOrder("application-received", "not-eligible"));
        }
    }

    private RunningNode start() {
        return RunningNode.start("restart", "default", "admin", Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + data.resolve("fellowflow")
                        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                "fellowflow.notification.dispatch-every", "PT1S"));
    }

    private static void awaitRecruiting(RunningNode node) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                node.get("/api/phases/" + PHASE, true).path("status").asText()).isIn("RECRUITING", "LATE"));
    }

    private static List<JsonNode> screeningTasks(RunningNode node, String reference) {
        return StreamSupport.stream(node.engineRest("/task?processInstanceBusinessKey=" + reference
                + "&taskDefinitionKey=Task_ScreenEligibility").spliterator(), false).toList();
    }
}
