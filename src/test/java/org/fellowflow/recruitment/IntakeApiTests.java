package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The intake API answers bad input with the right 4xx and a problem body, and writes nothing. */
@FellowflowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeApiTests {

    @Autowired TestRestTemplate http;
    @Autowired RecruitmentDriver driver;
    @Autowired ApplicationRepository applications;
    @Autowired EqualityAnswersRepository equality;
    @Autowired RuntimeService runtime;

    private String recruiting;
    private String planned;

    // Made in the first test that needs them: processes must start inside a test for the coverage recorder.
    @BeforeEach
    void phases() {
        if (recruiting == null) {
            recruiting = driver.recruitingPhase(2);
            planned = driver.plannedPhase(2, LocalDate.now().plusDays(30));
        }
    }

    static Map<String, Object> valid() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "Amara Okafor");
        form.put("email", "amara.okafor@example.org");
        form.put("phone", "+44 1273 000000");
        form.put("employer", "Brighton Community Health");
        form.put("role", "Quality improvement lead");
        form.put("homeIcs", "SUSSEX");
        form.put("projectIcss", List.of("SUSSEX", "KENT_MEDWAY"));
        form.put("proposalTitle", "Missed appointments in coastal towns");
        form.put("proposalSummary", "Why people miss appointments and what helps.");
        form.put("statements", Map.of("Proposal", "A feasible plan.", "Collaboration", "Worked with councils."));
        form.put("consent", true);
        form.put("guaranteedInterview", false);
        form.put("equality", Map.of("ageBand", "35-44", "sex", "Female"));
        return form;
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("missing name and email", f -> { f.remove("name"); f.remove("email"); }, 400, "email", "name"),
                bad("blank name", f -> f.put("name", "  "), 400, "name"),
                bad("invalid email", f -> f.put("email", "not-an-email"), 400, "email"),
                bad("summary over 3,000 characters", f -> f.put("proposalSummary", "x".repeat(3001)), 400,
                        "proposalSummary"),
                bad("title over 200 characters", f -> f.put("proposalTitle", "t".repeat(201)), 400, "proposalTitle"),
                bad("no project ICS", f -> f.put("projectIcss", List.of()), 400, "projectIcss"),
                bad("unknown home ICS", f -> f.put("homeIcs", "ESSEX"), 400, "homeIcs"),
                bad("unknown project ICS", f -> f.put("projectIcss", List.of("SUSSEX", "WALES")), 400, "projectIcss"),
                bad("missing statement for a criterion", f -> f.put("statements", Map.of("Proposal", "A plan.")), 400,
                        "statements.Collaboration"),
                bad("statement for no criterion", f -> f.put("statements", Map.of("Proposal", "A plan.",
                        "Collaboration", "Yes.", "Charisma", "Lots.")), 400, "statements.Charisma"),
                bad("no consent", f -> f.put("consent", false), 400, "consent"),
                bad("consent missing", f -> f.remove("consent"), 400, "consent"),
                bad("phone with letters", f -> f.put("phone", "call me"), 400, "phone"),
                bad("unknown equality answer", f -> f.put("equality", Map.of("sex", "Robot")), 400, "equality.sex"),
                bad("wrong type: consent is not a boolean", f -> f.put("consent", "perhaps"), 400, "consent"),
                bad("wrong type: project ICSs not a list", f -> f.put("projectIcss", Map.of("a", 1)), 400,
                        "projectIcss"),
                bad("extra field setting the stage", f -> f.put("stage", "APPOINTED"), 400, "stage"),
                bad("extra field setting scores", f -> f.put("scores", List.of(5, 5)), 400, "scores"));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, int status, String... fields) {
        return Arguments.of(name, change, status, List.of(fields));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingEachFieldAndWritesNothing(String name, Consumer<Map<String, Object>> change,
            int status, List<String> fields) {
        Map<String, Object> form = valid();
        change.accept(form);

        ResponseEntity<JsonNode> response = nothingWritten(() -> post(recruiting, form));

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().findValuesAsText("field")).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(response.getBody().get("errors")).allSatisfy(e -> assertThat(e.get("message").asText()).isNotBlank());
    }

    @Test
    void validApplicationIsCreatedWithAReferenceAndAPrivateLink() {
        Map<String, Object> form = valid();
        form.put("email", "created@example.org");

        ResponseEntity<JsonNode> response = post(recruiting, form);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String reference = response.getBody().get("reference").asText();
        assertThat(reference).matches(recruiting + "-\\d{4}");
        assertThat(response.getBody().get("statusLink").asText()).matches("http://localhost:8080/status/[A-Za-z0-9_-]{43}");
        assertThat(response.getHeaders().getLocation()).hasToString(response.getBody().get("statusLink").asText());
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.SUBMITTED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
    }

    @Test
    void secondApplicationFromTheSameEmailIsAConflictNamingTheFirst() {
        Map<String, Object> form = valid();
        form.put("email", "twice@example.org");
        String first = post(recruiting, form).getBody().get("reference").asText();
        form.put("email", "TWICE@example.org ");

        ResponseEntity<JsonNode> response = nothingWritten(() -> post(recruiting, form));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("existingReference").asText()).isEqualTo(first);
        assertThat(response.getBody().get("detail").asText()).contains(first);
    }

    @Test
    void phaseNotRecruitingIsAConflictWithAClearMessage() {
        ResponseEntity<JsonNode> response = nothingWritten(() -> post(planned, valid()));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("detail").asText()).contains("has not opened for applications yet");
    }

    @Test
    void unknownPhaseIsNotFound() {
        ResponseEntity<JsonNode> response = nothingWritten(() -> post("NO-SUCH-PHASE", valid()));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> response = nothingWritten(() -> http.postForEntity(
                "/api/phases/" + recruiting + "/applications", new HttpEntity<>("{\"name\": \"Amara\",", headers),
                JsonNode.class));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private ResponseEntity<JsonNode> post(String phase, Map<String, Object> form) {
        return http.postForEntity("/api/phases/" + phase + "/applications", form, JsonNode.class);
    }

    private ResponseEntity<JsonNode> nothingWritten(java.util.function.Supplier<ResponseEntity<JsonNode>> call) {
        long applicationsBefore = applications.count();
        long equalityBefore = equality.count();
        long processesBefore = runtime.createProcessInstanceQuery().count();
        ResponseEntity<JsonNode> response = call.get();
        assertThat(applications.count()).as("applications").isEqualTo(applicationsBefore);
        assertThat(equality.count()).as("equality answers").isEqualTo(equalityBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).as("processes").isEqualTo(processesBefore);
        return response;
    }
}
