package org.fellowflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.fellowflow.FellowflowTest;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Fellows for staff over HTTP: who may read, who may withdraw, and a clear answer for what is not there. */
@FellowflowTest
class FellowApiTests {

    @Autowired TestRestTemplate http;
    @Autowired RecruitmentDriver driver;

    @Test
    void staffReadFellowsAndOnlyAdminsWithdrawThem() {
        String fellow = "F-" + driver.appointed(driver.recruitingPhase(1));

        assertThat(http.getForEntity("/api/fellows", String.class).getStatusCode().value()).isEqualTo(401);
        JsonNode list = http.withBasicAuth("recruiter", "demo").getForObject("/api/fellows", JsonNode.class);
        assertThat(list.findValuesAsText("reference")).contains(fellow);
        JsonNode one = http.withBasicAuth("chair", "demo").getForObject("/api/fellows/" + fellow, JsonNode.class);
        assertThat(one.get("status").asText()).isEqualTo("APPOINTED");
        assertThat(one.get("leadIcs").asText()).isNotBlank();
        assertThat(http.withBasicAuth("recruiter", "demo").getForEntity("/fellows/" + fellow, String.class)
                .getBody()).contains(fellow);
        assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/fellows/F-NOBODY", String.class)
                .getStatusCode().value()).isEqualTo(404);

        Map<String, String> withdrawal = Map.of("reason", "Changed jobs");
        assertThat(http.withBasicAuth("recruiter", "demo").postForEntity("/api/fellows/" + fellow + "/withdraw",
                withdrawal, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth("admin", "admin").postForEntity("/api/fellows/" + fellow + "/withdraw",
                Map.of("reason", ""), String.class).getStatusCode().value()).isEqualTo(400);
        JsonNode withdrawn = http.withBasicAuth("admin", "admin").postForObject("/api/fellows/" + fellow
                + "/withdraw", withdrawal, JsonNode.class);
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(http.withBasicAuth("admin", "admin").postForEntity("/api/fellows/" + fellow + "/withdraw",
                withdrawal, String.class).getStatusCode().value()).as("already withdrawn").isEqualTo(409);
    }
}
