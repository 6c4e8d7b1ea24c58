package org.fellowflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fellowflow.FellowflowTest;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Health, metrics, the progress API and the API documentation, each open to whom it should be. */
@FellowflowTest
class OperationsTests {

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired RecruitmentDriver driver;
    @Autowired ProgressMetrics metrics;

    @Test
    void anonymousCallersSeeOnlyTheHealthStatus() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        assertThat(http.getForEntity("/actuator/health/engine", String.class).getBody()).contains("\"UP\"");
    }

    @Test
    void metricsAreForAdminsAndTheMetricsUser() {
        if (identity.createUserQuery().userId("prometheus").count() == 0) {
            User scraper = identity.newUser("prometheus");
            scraper.setPassword("scrape-secret");
            identity.saveUser(scraper);
            identity.createMembership("prometheus", "metrics");
        }
        driver.recruitingPhase(2);
        metrics.refresh();

        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("recruiter", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(403);
        String scraped = http.withBasicAuth("prometheus", "scrape-secret")
                .getForObject("/actuator/prometheus", String.class);
        assertThat(scraped).contains("fellowflow_posts{", "fellowflow_applications{", "fellowflow_incidents_open",
                "fellowflow_jobs_backlog", "fellowflow_notifications{status=\"FAILED\"");
        assertThat(scraped).as("repository calls are not timed (application.yaml)")
                .doesNotContain("spring_data_repository_invocations");
        assertThat(http.withBasicAuth("prometheus", "scrape-secret").getForEntity("/api/phases", String.class)
                .getStatusCode().value()).as("metrics users read metrics only").isEqualTo(403);
    }

    @Test
    void theProgressApiIsForAdmins() {
        String phase = driver.recruitingPhase(2);
        driver.apply(phase);

        assertThat(http.getForEntity("/api/phases", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("recruiter", "demo").getForEntity("/api/phases", String.class)
                .getStatusCode().value()).isEqualTo(403);
        JsonNode progress = http.withBasicAuth("admin", "admin").getForObject("/api/phases/" + phase, JsonNode.class);
        assertThat(progress.get("status").asText()).isEqualTo("RECRUITING");
        assertThat(progress.get("posts").get("open").asLong()).isEqualTo(2);
        assertThat(progress.get("applications").get("submitted").asLong()).isEqualTo(1);
        assertThat(progress.get("daysRecruiting").asLong()).isZero();
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/phases/NOPE", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theApiDocumentationIsForAdmins() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("recruiter", "demo").getForEntity("/v3/api-docs", String.class)
                .getStatusCode().value()).isEqualTo(403);
        String docs = http.withBasicAuth("admin", "admin").getForObject("/v3/api-docs", String.class);
        assertThat(docs).contains("/api/phases/{phaseKey}/applications", "/api/fellows", "/api/candidates/{token}");
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/swagger-ui/index.html", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }
}
