package org.fellowflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@FellowflowTest
class EngineRestAuthenticationTests {

    @Autowired TestRestTemplate http;

    @Test
    void anonymousCallerGetsUnauthorized() {
        var response = http.getForEntity("/engine-rest/process-instance", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void unknownUserGetsUnauthorized() {
        // Not the admin: a wrong password would throttle the admin's next login for a few seconds.
        var response = http.withBasicAuth("mallory", "guess")
                .getForEntity("/engine-rest/process-instance", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void adminSeesThePhaseProcesses() {
        var response = http.withBasicAuth("admin", "admin")
                .getForEntity("/engine-rest/process-instance/count?processDefinitionKey=FellowshipPhaseProcess",
                        String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).matches("\\{\"count\":\\d+}");
    }
}
