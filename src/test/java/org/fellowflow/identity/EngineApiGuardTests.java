package org.fellowflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.fellowflow.FellowflowTest;
import org.fellowflow.HibernateStatistics;
import org.fellowflow.recruitment.RecruitmentTestSupport;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What Camunda leaves open is closed, on /engine-rest and on the web apps' /camunda/api. */
@FellowflowTest
@ExtendWith(OutputCaptureExtension.class)
class EngineApiGuardTests {

    private static final String OR_QUERY_EXPRESSION =
            "{\"orQueries\":[{\"dueAfterExpression\":\"${'a'.concat('b') == 'ab' ? now() : now()}\"}]}";

    private static final String SCREENING =
            "{\"variables\":{\"eligible\":{\"value\":\"true\"},\"screeningReason\":{\"value\":\"Fine\"}}}";
    /** The screening form's fields and one it does not define. */
    private static final String SCREENING_WITH_OUTCOME = "{\"variables\":{\"eligible\":{\"value\":\"true\"},"
            + "\"screeningReason\":{\"value\":\"Fine\"},\"outcome\":{\"value\":\"APPOINTABLE\"}}}";

    @Autowired TestRestTemplate http;
    @Autowired TaskService tasks;
    @Autowired RecruitmentTestSupport recruitment;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void expressionInOrQueriesIsRefusedOnEngineRest() {
        ResponseEntity<String> refused = http.withBasicAuth("recruiter", "demo")
                .postForEntity("/engine-rest/task", json(OR_QUERY_EXPRESSION), String.class);
        ResponseEntity<String> plain = http.withBasicAuth("recruiter", "demo")
                .postForEntity("/engine-rest/task", json("{\"orQueries\":[{\"name\":\"x\"}]}"), String.class);
        assertThat(plain.getBody()).as("a query without expressions is answered").startsWith("[");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("dueAfterExpression");
        assertThat(plain.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void expressionInOrQueriesIsRefusedOnTheTasklistApi() {
        CamundaWebSession tasklist = CamundaWebSession.signIn(http, "tasklist", "panel1", "demo");
        assertThat(tasklist.loginStatus).isEqualTo(200);

        ResponseEntity<String> refused = tasklist.postJson("/camunda/api/engine/engine/default/task",
                OR_QUERY_EXPRESSION);
        ResponseEntity<String> plain = tasklist.postJson("/camunda/api/engine/engine/default/task", "{}");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(plain.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void expressionAsAQueryParameterIsRefused() {
        ResponseEntity<String> refused = http.withBasicAuth("recruiter", "demo")
                .getForEntity(java.net.URI.create(http.getRootUri()
                        + "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D"), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void firstRunSetupCanNeverCreateAUser() {
        ResponseEntity<String> setup = http.postForEntity("/camunda/api/admin/setup/default/user/create",
                json("{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\",\"email\":\"m@x.org\"},"
                        + "\"credentials\":{\"password\":\"Secret-123456\"}}"), String.class);

        assertThat(setup.getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth("admin", "admin").getForObject("/engine-rest/user?id=mallory", String.class))
                .isEqualTo("[]");
    }

    @Test
    void completingATaskWithVariablesItsFormDoesNotDefineIsRefusedAndTheTaskStaysOpen(CapturedOutput log) {
        String reference = recruitment.submittedApplication();
        String task = recruitment.openTask(reference, "Task_ScreenEligibility");

        ResponseEntity<String> refused = http.withBasicAuth("recruiter", "demo").postForEntity(
                "/engine-rest/task/" + task + "/complete", json(SCREENING_WITH_OUTCOME), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("outcome");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(tasks.getVariables(task)).doesNotContainKey("outcome");
        assertThat(log.getAll()).as("a caller's mistake is no error of the server's").doesNotContain("ENGINE-16004");

        ResponseEntity<String> done = http.withBasicAuth("recruiter", "demo").postForEntity(
                "/engine-rest/task/" + task + "/complete", json(SCREENING), String.class);
        assertThat(done.getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void anEncodedTaskIdInThePathIsCheckedLikeAPlainOne() {
        String task = recruitment.openTask(recruitment.submittedApplication(), "Task_ScreenEligibility");
        // Camunda reads the task id after percent-decoding it and dropping matrix parameters.
        for (String path : List.of(percentEncoded(task), task + ";x=1")) {
            ResponseEntity<String> refused = http.withBasicAuth("recruiter", "demo").exchange(
                    URI.create(http.getRootUri() + "/engine-rest/task/" + path + "/complete"), HttpMethod.POST,
                    json(SCREENING_WITH_OUTCOME), String.class);

            assertThat(refused.getStatusCode().value()).as(path).isEqualTo(400);
            assertThat(refused.getBody()).as(path).contains("outcome");
        }
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(tasks.getVariables(task)).doesNotContainKey("outcome");
    }

    @Test
    void anEncodedLetterInThePathChangesNothing() {
        String task = recruitment.openTask(recruitment.submittedApplication(), "Task_ScreenEligibility");
        String root = http.getRootUri();

        // The guard matches the path as sent; Camunda's APIs route a path's fixed words as sent too (404) and
        // decode only the values in it, such as a task id (see anEncodedTaskIdInThePathIsCheckedLikeAPlainOne).
        ResponseEntity<String> variable = http.withBasicAuth("admin", "admin").exchange(
                URI.create(root + "/engine-rest/task/" + task + "/%76ariables/outcome"), HttpMethod.PUT,
                json("{\"value\":\"APPOINTABLE\"}"), String.class);
        ResponseEntity<String> completion = http.withBasicAuth("recruiter", "demo").exchange(
                URI.create(root + "/engine-rest/task/" + task + "/%63omplete"), HttpMethod.POST,
                json(SCREENING_WITH_OUTCOME), String.class);
        ResponseEntity<String> setup = http.exchange(
                URI.create(root + "/camunda/api/admin/%73etup/default/user/create"), HttpMethod.POST,
                json("{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\","
                        + "\"email\":\"m@x.org\"},\"credentials\":{\"password\":\"Secret-123456\"}}"),
                String.class);

        assertThat(List.of(variable, completion, setup)).allSatisfy(
                refused -> assertThat(refused.getStatusCode().is4xxClientError()).isTrue());
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(tasks.getVariables(task)).doesNotContainKey("outcome");
        assertThat(http.withBasicAuth("admin", "admin").getForObject("/engine-rest/user?id=mallory", String.class))
                .isEqualTo("[]");
    }

    @Test
    void aRefusalNamesOddVariableNamesInAProblemBodyThatStaysJson() throws Exception {
        String task = recruitment.openTask(recruitment.submittedApplication(), "Task_ScreenEligibility");

        ResponseEntity<String> refused = http.withBasicAuth("recruiter", "demo").postForEntity(
                "/engine-rest/task/" + task + "/complete",
                json("{\"variables\":{\"say \\\"hi\\\"\":{\"value\":\"x\"}}}"), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(new ObjectMapper().readTree(refused.getBody()).path("detail").asText())
                .endsWith("say \"hi\"");
    }

    @Test
    void theFormIsCheckedWithinTheCompletionsOwnTransaction() {
        String task = recruitment.openTask(recruitment.submittedApplication(), "Task_ScreenEligibility");
        Statistics statistics = HibernateStatistics.of(entityManagerFactory);

        ResponseEntity<String> done = HibernateStatistics.counting(statistics, () -> http
                .withBasicAuth("recruiter", "demo").postForEntity("/engine-rest/task/" + task + "/complete",
                        json(SCREENING), String.class));

        assertThat(done.getStatusCode().value()).isEqualTo(204);
        assertThat(statistics.getTransactionCount()).as("one to sign in, one to complete").isEqualTo(2);
    }

    @Test
    void theTasklistsFormSubmissionIsCheckedToo() {
        String task = recruitment.openTask(recruitment.submittedApplication(), "Task_ScreenEligibility");
        CamundaWebSession tasklist = CamundaWebSession.signIn(http, "tasklist", "recruiter", "demo");

        ResponseEntity<String> refused = tasklist.postJson("/camunda/api/engine/engine/default/task/" + task
                + "/submit-form", SCREENING_WITH_OUTCOME);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("outcome");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);

        ResponseEntity<String> done = tasklist.postJson("/camunda/api/engine/engine/default/task/" + task
                + "/submit-form", SCREENING);
        assertThat(done.getStatusCode().value()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
    }

    @Test
    void taskVariablesCannotBeSetOutsideACompletion() {
        String task = recruitment.openTask(recruitment.submittedApplication(), "Task_ScreenEligibility");

        ResponseEntity<String> refused = http.withBasicAuth("admin", "admin").exchange(
                "/engine-rest/task/" + task + "/variables/outcome", HttpMethod.PUT,
                json("{\"value\":\"APPOINTABLE\"}"), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(tasks.getVariables(task)).doesNotContainKey("outcome");
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            encoded.append(String.format("%%%02X", b));
        }
        return encoded.toString();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
