package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.fellowflow.FellowflowTest;
import org.fellowflow.programme.FellowshipPhaseProcess;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.PhaseStatus;
import org.fellowflow.programme.PostState;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One phase from launch to FILLED through the real REST APIs: applicants apply and answer offers through
 * Fellowflow's API, recruiters, panel members and the chair complete their tasks through /engine-rest. Only
 * the timers are driven by the test (the job executor is off).
 */
@FellowflowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecruitmentScenarioTests {

    @Autowired TestRestTemplate http;
    @Autowired RecruitmentDriver driver;
    @Autowired PhaseRegistry phases;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ProcessEngine engine;

    private String phase;
    private final Map<String, Map<String, Object>> applicants = new LinkedHashMap<>();
    private final Map<String, String> references = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    @Test
    @Order(1)
    void sevenApplicationsFillTheTwoPostsOfAPhase() {
        phase = driver.recruitingPhase(2);
        for (String who : List.of("appointed", "decliner", "reserveAppointed", "ineligible", "notShortlisted",
                "guaranteed", "reserveLeft")) {
            apply(who, who.equals("guaranteed"));
        }
        references.values().forEach(reference -> driver.runJob(reference, "Task_Acknowledge"));

        references.forEach((who, reference) -> completeAll(reference, "Task_ScreenEligibility",
                Map.of("eligible", who.equals("ineligible") ? "false" : "true",
                        "screeningReason", who.equals("ineligible") ? "Does not work in KSS" : "Meets the criteria")));
        for (String who : List.of("appointed", "decliner", "reserveAppointed", "notShortlisted", "guaranteed",
                "reserveLeft")) {
            int score = who.equals("notShortlisted") || who.equals("guaranteed") ? 1 : 4;
            completeAll(references.get(who), "Task_AssessForShortlisting", scores(score, null));
        }
        assertThat(driver.stage(references.get("notShortlisted"))).isEqualTo(ApplicationStage.NOT_SHORTLISTED);
        assertThat(driver.stage(references.get("guaranteed"))).as("guaranteed interview despite low scores")
                .isEqualTo(ApplicationStage.INTERVIEW_SCHEDULED);

        Map<String, Object[]> interviews = new LinkedHashMap<>();
        interviews.put("appointed", new Object[] {5, "APPOINT"});
        interviews.put("decliner", new Object[] {5, "APPOINT"});
        interviews.put("reserveAppointed", new Object[] {4, "APPOINT"});
        interviews.put("guaranteed", new Object[] {2, "DO_NOT_APPOINT"});
        interviews.put("reserveLeft", new Object[] {3, "RESERVE"});
        interviews.forEach((who, result) -> {
            String reference = references.get(who);
            completeAll(reference, "Task_ScheduleInterview", Map.of("interviewDate", "2030-01-15",
                    "interviewTime", "10:00", "interviewLocation", "Video call"));
            driver.runJob(reference, "Event_InterviewTime");
            completeAll(reference, "Task_AssessInterview", scores((Integer) result[0], (String) result[1]));
            String suggested = (String) runtime.getVariable(driver.processInstanceId(reference), "suggestedOutcome");
            completeAll(reference, "Task_ConfirmOutcome", Map.of("confirmedOutcome", suggested));
        });
        for (String who : List.of("appointed", "decliner", "reserveAppointed")) {
            driver.runJob(references.get(who), "Task_ReservePost");
        }
        assertThat(driver.stage(references.get("reserveAppointed"))).isEqualTo(ApplicationStage.RESERVE);
        assertThat(driver.stage(references.get("reserveLeft"))).isEqualTo(ApplicationStage.RESERVE);
        assertThat(driver.stage(references.get("guaranteed"))).isEqualTo(ApplicationStage.NOT_APPOINTABLE);

        answer("appointed", true);
        answer("decliner", false);
        driver.runJob(references.get("decliner"), "Task_ReleasePost");
        assertThat(candidate("reserveAppointed").path("stage").asText()).as("the released post goes to the best reserve")
                .isEqualTo("OFFERED");
        answer("reserveAppointed", true);
        for (String who : List.of("appointed", "reserveAppointed")) {
            completeAll(references.get(who), "Task_PreStartChecks", Map.of("referencesChecked", true,
                    "rightToWorkChecked", true, "occupationalHealthChecked", true));
            driver.runJob(references.get(who), "Task_FillPost");
        }
        while (driver.phaseHasJob(phase, "Task_CheckPosts")) {
            driver.runPhaseJob(phase, "Task_CheckPosts");
        }

        PhaseDetails details = phases.phase(phase);
        assertThat(details.status()).isEqualTo(PhaseStatus.FILLED);
        assertThat(details.posts()).extracting(PhaseDetails.PostDetails::state).containsOnly(PostState.FILLED);
        assertThat(details.posts()).extracting(PhaseDetails.PostDetails::heldFor)
                .containsExactlyInAnyOrder(references.get("appointed"), references.get("reserveAppointed"));
        String phaseProcess = runtime.createProcessInstanceQuery().processDefinitionKey(FellowshipPhaseProcess.KEY)
                .processInstanceBusinessKey(phase).singleResult().getId();
        assertThat(runtime.getActiveActivityIds(phaseProcess)).containsExactly("Gateway_WaitForStart");
        Map<String, String> stages = new LinkedHashMap<>();
        references.forEach((who, reference) -> stages.put(who, candidate(who).path("stage").asText()));
        assertThat(stages).containsExactly(Map.entry("appointed", "APPOINTED"), Map.entry("decliner", "DECLINED"),
                Map.entry("reserveAppointed", "APPOINTED"), Map.entry("ineligible", "SCREENED_OUT"),
                Map.entry("notShortlisted", "NOT_SHORTLISTED"), Map.entry("guaranteed", "NOT_APPOINTABLE"),
                Map.entry("reserveLeft", "RESERVE"));
    }

    @Test
    @Order(2)
    void noProcessVariableHoldsPersonalData() {
        List<String> personal = new ArrayList<>();
        applicants.values().forEach(form -> {
            personal.add((String) form.get("name"));
            personal.add((String) form.get("email"));
            personal.add((String) form.get("phone"));
            personal.add((String) form.get("employer"));
            ((Map<?, ?>) form.get("statements")).values().forEach(s -> personal.add((String) s));
            ((Map<?, ?>) form.get("equality")).values().forEach(s -> personal.add((String) s));
        });
        List<Object> values = new ArrayList<>();
        runtime.createVariableInstanceQuery().list().forEach(v -> values.add(v.getValue()));
        history.createHistoricVariableInstanceQuery().list().forEach(v -> values.add(v.getValue()));
        history.createHistoricDetailQuery().variableUpdates().list()
                .forEach(d -> values.add(((HistoricVariableUpdate) d).getValue()));
        assertThat(values).as("variables read").hasSizeGreaterThan(100);

        List<String> texts = values.stream().filter(v -> v != null).map(String::valueOf).toList();
        for (String secret : personal) {
            assertThat(texts).as("no variable holds " + secret).noneMatch(text -> text.contains(secret));
        }
    }

    private void apply(String who, boolean guaranteedInterview) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "Scenario " + who + " Person");
        form.put("email", who + "@scenario.example.org");
        form.put("phone", "07700 900" + (100 + applicants.size()));
        form.put("employer", who + " Community Trust");
        form.put("role", "Improvement lead");
        form.put("homeIcs", "SUSSEX");
        form.put("projectIcss", List.of("SUSSEX", "FRIMLEY"));
        form.put("proposalTitle", "Better care for " + who.length() + " communities");
        form.put("proposalSummary", "A project summary.");
        form.put("statements", Map.of("Proposal", "Statement of " + who + " on the proposal",
                "Collaboration", "Statement of " + who + " on collaboration"));
        form.put("consent", true);
        form.put("guaranteedInterview", guaranteedInterview);
        form.put("equality", Map.of("ageBand", "35-44", "ethnicity", "Mixed or multiple", "disability",
                guaranteedInterview ? "Yes" : "Prefer not to say"));
        ResponseEntity<JsonNode> response = http.postForEntity("/api/phases/" + phase + "/applications", form,
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        applicants.put(who, form);
        references.put(who, response.getBody().get("reference").asText());
        String link = response.getBody().get("statusLink").asText();
        tokens.put(who, link.substring(link.lastIndexOf('/') + 1));
    }

    private JsonNode candidate(String who) {
        return http.getForObject("/api/candidates/" + tokens.get(who), JsonNode.class);
    }

    private void answer(String who, boolean accept) {
        ResponseEntity<JsonNode> response = http.postForEntity("/api/candidates/" + tokens.get(who) + "/offer",
                Map.of("accept", accept), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static Map<String, Object> scores(int score, String recommendation) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("conflictOfInterest", false);
        form.put("score1", score);
        form.put("score2", score);
        if (recommendation != null) {
            form.put("recommendation", recommendation);
        }
        return form;
    }

    /** Completes every open task of the activity for the application through /engine-rest, as the admin. */
    private void completeAll(String reference, String activity, Map<String, Object> variables) {
        JsonNode open = http.withBasicAuth("admin", "admin").getForObject(engineRest() + "/task?processInstanceBusinessKey="
                + reference + "&taskDefinitionKey=" + activity, JsonNode.class);
        assertThat(open).as("open " + activity + " tasks of " + reference).isNotEmpty();
        for (JsonNode task : open) {
            Map<String, Object> body = Map.of("variables", typed(variables));
            ResponseEntity<String> done = http.withBasicAuth("admin", "admin").postForEntity(
                    engineRest() + "/task/" + task.get("id").asText() + "/complete", body, String.class);
            assertThat(done.getStatusCode()).as(activity + " completed: " + done.getBody())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    /**
     * This context's engine under its name: where several test contexts share the JVM, plain /engine-rest means
     * the engine named "default", which may be another context's.
     */
    private String engineRest() {
        return "/engine-rest/engine/" + engine.getName();
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type",
                Stream.of("Boolean", "Integer", "String").filter(t -> switch (t) {
                    case "Boolean" -> value instanceof Boolean;
                    case "Integer" -> value instanceof Integer;
                    default -> true;
                }).findFirst().orElseThrow())));
        return typed;
    }
}
