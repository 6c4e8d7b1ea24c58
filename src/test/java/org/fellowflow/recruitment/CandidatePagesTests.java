package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The candidate's status page and API, reached through the private link. */
@FellowflowTest
class CandidatePagesTests {

    @Autowired TestRestTemplate http;
    @Autowired RecruitmentDriver driver;
    private TestRestTemplate noRedirects;

    /** Answering redirects: the tests look at the redirect itself, as a browser would before following it. */
    @BeforeEach
    void seeRedirects() {
        noRedirects = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @Test
    void statusPageShowsTheStageInPlainWords() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.apply(phase);

        ResponseEntity<String> page = http.getForEntity("/status/{token}", String.class, driver.token(reference));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.TEXT_HTML));
        assertThat(page.getBody()).contains("lang=\"en-GB\"", reference, "Phase " + phase,
                ApplicationStage.SUBMITTED.description()).doesNotContain("Accept the offer");
    }

    @Test
    void apiGivesTheSameStatus() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.apply(phase);

        ResponseEntity<Map<String, Object>> status = api(HttpMethod.GET, driver.token(reference), null);

        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status.getBody()).containsEntry("reference", reference).containsEntry("phaseName", "Phase " + phase)
                .containsEntry("stage", "SUBMITTED")
                .containsEntry("description", ApplicationStage.SUBMITTED.description()).containsEntry("offer", null);
    }

    @Test
    void wrongTokenIsNotFoundOnPageAndApi() {
        ResponseEntity<String> page = http.getForEntity("/status/{token}", String.class, "no-such-token");
        ResponseEntity<String> api = http.getForEntity("/api/candidates/{token}", String.class, "no-such-token");
        ResponseEntity<String> answer = noRedirects.postForEntity("/status/{token}/offer", form("true"), String.class,
                "no-such-token");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("We cannot find an application for this link");
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void candidateAcceptsAnOpenOfferOnThePage() {
        String reference = driver.offered(driver.recruitingPhase(1));
        String token = driver.token(reference);

        String page = http.getForObject("/status/{token}", String.class, token);
        assertThat(page).contains(ApplicationStage.OFFERED.description(), "Accept", "Decline",
                "name=\"accept\" value=\"true\"", "name=\"accept\" value=\"false\"", "/status/" + token + "/offer");

        ResponseEntity<String> answered = noRedirects.postForEntity("/status/{token}/offer", form("true"), String.class,
                token);

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(answered.getHeaders().getLocation()).isNotNull()
                .satisfies(location -> assertThat(location.getPath()).isEqualTo("/status/" + token));
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.ACCEPTED);
        assertThat(http.getForObject("/status/{token}", String.class, token))
                .contains(ApplicationStage.ACCEPTED.description()).doesNotContain("Accept the offer");
    }

    @Test
    void candidateDeclinesOnThePage() {
        String reference = driver.offered(driver.recruitingPhase(1));

        ResponseEntity<String> answered = noRedirects.postForEntity("/status/{token}/offer", form("false"),
                String.class, driver.token(reference));

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.DECLINED);
    }

    @Test
    void answeringWithoutAnOpenOfferIsAConflictOnThePage() {
        String reference = driver.apply(driver.recruitingPhase(2));

        ResponseEntity<String> answered = noRedirects.postForEntity("/status/{token}/offer", form("true"), String.class,
                driver.token(reference));

        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answered.getBody()).contains("There is no offer to answer");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.SUBMITTED);
    }

    @Test
    void apiAcceptsOnceThenRefuses() {
        String reference = driver.offered(driver.recruitingPhase(1));
        String token = driver.token(reference);

        Map<String, Object> open = api(HttpMethod.GET, token, null).getBody();
        assertThat(open).containsEntry("stage", "OFFERED").extractingByKey("offer").isInstanceOf(Map.class)
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("postNumber", 1).containsKey("lapsesOn");

        ResponseEntity<Map<String, Object>> first = api(HttpMethod.POST, token, Map.of("accept", true));
        ResponseEntity<Map<String, Object>> second = api(HttpMethod.POST, token, Map.of("accept", true));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).containsEntry("stage", "ACCEPTED").containsEntry("offer", null);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.ACCEPTED);
    }

    private static HttpEntity<MultiValueMap<String, String>> form(String accept) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("accept", accept);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new HttpEntity<>(body, headers);
    }

    /** Reads the status (GET), or answers the offer (POST) with the given JSON body. */
    private ResponseEntity<Map<String, Object>> api(HttpMethod method, String token, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(method == HttpMethod.GET ? "/api/candidates/{token}" : "/api/candidates/{token}/offer",
                method, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {
                }, token);
    }
}
