package org.fellowflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fellowflow.FellowflowTest;
import org.fellowflow.recruitment.RecruitmentTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may do what: each role against each endpoint and Camunda operation that matters. An application
 * waiting for shortlisting by panel1, panel2 and panel3 is the subject.
 */
@FellowflowTest
class AuthorizationMatrixTests {

    private static final ObjectMapper json = new ObjectMapper();

    /** A caller: HTTP Basic credentials, or none. */
    record Role(String name, String user, String password) {
        TestRestTemplate on(TestRestTemplate http) {
            return user == null ? http : http.withBasicAuth(user, password);
        }
    }

    static final Role ANONYMOUS = new Role("anonymous", null, null);
    static final Role RECRUITER = new Role("recruiter", "recruiter", "demo");
    static final Role PANEL_MEMBER = new Role("panel member of this panel", "panel1", "demo");
    static final Role OTHER_PANEL = new Role("panel member of another panel", "outsider", "demo");
    static final Role CHAIR = new Role("chair", "chair", "demo");
    static final Role ADMIN = new Role("admin", "admin", "admin");

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired RecruitmentTestSupport recruitment;

    @Test
    void eachRoleMayDoWhatItsWorkNeedsAndNothingElse() throws Exception {
        if (identity.createUserQuery().userId("outsider").count() == 0) {
            User outsider = identity.newUser("outsider");
            outsider.setPassword("demo");
            identity.saveUser(outsider);
            identity.createMembership("outsider", Roles.PANEL);
        }
        String reference = recruitment.submittedApplication();
        recruitment.screenEligible(reference);
        String phase = recruitment.phaseOf(reference);
        String token = recruitment.token(reference);
        String panel1Task = recruitment.openTask(reference, "Task_AssessForShortlisting", "panel1");

        SoftAssertions soft = new SoftAssertions();
        Map<Role, Integer> tasksVisible = new LinkedHashMap<>();
        for (Role role : List.of(ANONYMOUS, RECRUITER, PANEL_MEMBER, OTHER_PANEL, CHAIR, ADMIN)) {
            ResponseEntity<String> list = role.on(http).getForEntity(
                    "/engine-rest/task?processInstanceBusinessKey=" + reference, String.class);
            tasksVisible.put(role, list.getStatusCode().value() == 200 ? json.readTree(list.getBody()).size()
                    : -list.getStatusCode().value());
        }
        soft.assertThat(tasksVisible).as("task list: tasks seen (or -status)").containsExactly(
                Map.entry(ANONYMOUS, -401), Map.entry(RECRUITER, 0), Map.entry(PANEL_MEMBER, 1),
                Map.entry(OTHER_PANEL, 0), Map.entry(CHAIR, 0), Map.entry(ADMIN, 3));

        String screeningTaskOfAnother = recruitment.openTask(recruitment.submittedApplication(phase),
                "Task_ScreenEligibility");
        JsonNode shown = json.readTree(RECRUITER.on(http).getForObject(
                "/engine-rest/task/" + screeningTaskOfAnother + "/localVariables", String.class));
        soft.assertThat(shown.has("applicationReference") && shown.has("proposalTitle"))
                .as("Tasklist lists show each task's reference and title to its candidate group").isTrue();
        soft.assertThat(RECRUITER.on(http).getForObject("/engine-rest/variable-instance?variableName=meanScore",
                String.class)).as("but not the process's other variables").isEqualTo("[]");

        expect(soft, "application page", "GET", "/applications/" + reference, null, Map.of(ANONYMOUS, 401,
                RECRUITER, 200, PANEL_MEMBER, 200, OTHER_PANEL, 403, CHAIR, 200, ADMIN, 200));
        expect(soft, "application API", "GET", "/api/applications/" + reference, null, Map.of(ANONYMOUS, 401,
                RECRUITER, 200, PANEL_MEMBER, 200, OTHER_PANEL, 403, CHAIR, 200, ADMIN, 200));
        JsonNode anonymised = json.readTree(PANEL_MEMBER.on(http).getForObject("/api/applications/" + reference,
                String.class));
        soft.assertThat(anonymised.get("anonymised").asBoolean()).as("panel sees the anonymised view").isTrue();
        soft.assertThat(List.of("name", "email", "phone", "employer", "guaranteedInterview"))
                .allSatisfy(field -> assertThat(anonymised.get(field).isNull()).as(field).isTrue());
        JsonNode full = json.readTree(RECRUITER.on(http).getForObject("/api/applications/" + reference,
                String.class));
        soft.assertThat(full.get("name").asText()).as("recruiters see who applied").startsWith("Applicant");
        soft.assertThat(full.has("equality") || full.toString().contains("ethnicity"))
                .as("equality answers shown to no one").isFalse();

        expect(soft, "engine-rest user list", "GET", "/engine-rest/user", null, Map.of(ANONYMOUS, 401,
                RECRUITER, 200, PANEL_MEMBER, 200, CHAIR, 200, ADMIN, 200));
        soft.assertThat(RECRUITER.on(http).getForObject("/engine-rest/user", String.class))
                .as("staff do not list other users").doesNotContain("panel1");
        soft.assertThat(ADMIN.on(http).getForObject("/engine-rest/user", String.class)).contains("panel1");

        expect(soft, "panel admin API", "PUT", "/api/phases/" + phase + "/panel",
                "{\"chair\":\"chair\",\"members\":[\"panel1\",\"panel2\",\"panel3\"]}", Map.of(ANONYMOUS, 401,
                        RECRUITER, 403, PANEL_MEMBER, 403, CHAIR, 403, ADMIN, 200));

        Map<Role, Integer> cockpit = new LinkedHashMap<>();
        Map<Role, Integer> tasklist = new LinkedHashMap<>();
        for (Role role : List.of(RECRUITER, PANEL_MEMBER, CHAIR, ADMIN)) {
            cockpit.put(role, CamundaWebSession.signIn(http, "cockpit", role.user(), role.password()).loginStatus);
            tasklist.put(role, CamundaWebSession.signIn(http, "tasklist", role.user(), role.password()).loginStatus);
        }
        soft.assertThat(cockpit).as("Cockpit sign-in").containsExactly(Map.entry(RECRUITER, 403),
                Map.entry(PANEL_MEMBER, 403), Map.entry(CHAIR, 403), Map.entry(ADMIN, 200));
        soft.assertThat(tasklist).as("Tasklist sign-in").containsOnly(Map.entry(RECRUITER, 200),
                Map.entry(PANEL_MEMBER, 200), Map.entry(CHAIR, 200), Map.entry(ADMIN, 200));
        CamundaWebSession adminCockpit = CamundaWebSession.signIn(http, "cockpit", "admin", "admin");
        soft.assertThat(adminCockpit.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                .getStatusCode().value()).as("Cockpit API for admins").isEqualTo(200);
        CamundaWebSession recruiterTasklist = CamundaWebSession.signIn(http, "tasklist", "recruiter", "demo");
        soft.assertThat(recruiterTasklist.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                .getStatusCode().value()).as("Cockpit API for a recruiter").isEqualTo(403);
        soft.assertThat(recruiterTasklist.get("/applications/" + reference).getStatusCode().value())
                .as("one login: the Tasklist session opens Fellowflow's page").isEqualTo(200);

        expect(soft, "applicant's private link", "GET", "/api/candidates/" + token, null, Map.of(ANONYMOUS, 200));
        expect(soft, "someone else's link", "GET", "/api/candidates/not-a-token", null, Map.of(ANONYMOUS, 404));
        expect(soft, "applicant link opens no staff page", "GET", "/applications/" + reference + "?token=" + token,
                null, Map.of(ANONYMOUS, 401));

        String assessment = "{\"variables\":{\"conflictOfInterest\":{\"value\":false},"
                + "\"score1\":{\"value\":4,\"type\":\"Integer\"},\"score2\":{\"value\":4,\"type\":\"Integer\"}}}";
        expect(soft, "complete another member's assessment", "POST", "/engine-rest/task/" + panel1Task + "/complete",
                assessment, Map.of(ANONYMOUS, 401, RECRUITER, 403, OTHER_PANEL, 403, CHAIR, 403,
                        new Role("another member of this panel", "panel2", "demo"), 403));
        expect(soft, "complete one's own assessment", "POST", "/engine-rest/task/" + panel1Task + "/complete",
                assessment, Map.of(PANEL_MEMBER, 204));
        soft.assertAll();
    }

    private void expect(SoftAssertions soft, String what, String method, String path, String body,
            Map<Role, Integer> statuses) {
        statuses.forEach((role, status) -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> response = role.on(http).exchange(path, HttpMethod.valueOf(method),
                    new HttpEntity<>(body, headers), String.class);
            soft.assertThat(response.getStatusCode().value()).as(what + " as " + role.name()).isEqualTo(status);
        });
    }
}
