package org.fellowflow.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordCheckTests {

    private static final IdentityProperties PRODUCTION = new IdentityProperties(false, "demo", true,
            Duration.ofMinutes(15));

    @ParameterizedTest
    @ValueSource(strings = {"", "admin", "ADMIN", "demo", "password", "changeme", "short-1"})
    void productionRefusesToStartWithADefaultOrWeakAdminPassword(String password) {
        MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty("camunda.bpm.admin-user.password", password);

        assertThatThrownBy(() -> new AdminPasswordCheck(PRODUCTION, env).afterPropertiesSet())
                .hasMessageContaining("FELLOWFLOW_ADMIN_PASSWORD");
    }

    @Test
    void productionRefusesToStartWithoutAnAdminPassword() {
        MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin");

        assertThatThrownBy(() -> new AdminPasswordCheck(PRODUCTION, env).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void productionStartsWithAStrongAdminPassword() {
        MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty("camunda.bpm.admin-user.password", "a-long-unguessable-secret");

        assertThatCode(() -> new AdminPasswordCheck(PRODUCTION, env).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void theEmbeddedProfileKeepsItsDemoPassword() {
        MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "admin");

        assertThatCode(() -> new AdminPasswordCheck(new IdentityProperties(true, "demo", false, Duration.ofMinutes(15)),
                env).afterPropertiesSet()).doesNotThrowAnyException();
    }
}
