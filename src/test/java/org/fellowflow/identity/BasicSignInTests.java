package org.fellowflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.fellowflow.FellowflowTest;
import org.fellowflow.HibernateStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * A call with HTTP Basic credentials signs in within one transaction, on /engine-rest and on Fellowflow's own
 * API alike, and a wrong password still counts against the account.
 */
@FellowflowTest
class BasicSignInTests {

    private static final String USER = "signinrecruiter";
    private static final String PASSWORD = "Sign-In-Test-1";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void recruiter() {
        User user = identity.newUser(USER);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(USER, Roles.RECRUITERS);
    }

    @AfterEach
    void removeRecruiter() {
        identity.deleteUser(USER);
    }

    @Test
    void anEngineRestCallSignsInWithinOneTransaction() {
        Statistics statistics = HibernateStatistics.of(entityManagerFactory);

        var response = HibernateStatistics.counting(statistics, () -> http.withBasicAuth(USER, PASSWORD)
                .getForEntity("/engine-rest/task/count?candidateGroup=" + Roles.RECRUITERS, String.class));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(statistics.getTransactionCount()).as("one to sign in, one for the count").isEqualTo(2);
    }

    @Test
    void aStaffApiCallSignsInWithinOneTransaction() {
        Statistics statistics = HibernateStatistics.of(entityManagerFactory);

        // Admins only: refused right after the sign-in, so the sign-in is all the call does.
        var response = HibernateStatistics.counting(statistics, () -> http.withBasicAuth(USER, PASSWORD)
                .getForEntity("/api/phases", String.class));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(statistics.getTransactionCount()).isEqualTo(1);
    }

    // One attempt each: the first failure holds the account back for a few seconds, and Camunda does not count
    // attempts made while it is held.
    @Test
    void aWrongPasswordOnEngineRestCountsAgainstTheAccount() {
        assertThat(http.withBasicAuth(USER, "wrong").getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(failedAttempts()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordOnTheStaffApiCountsAgainstTheAccount() {
        assertThat(http.withBasicAuth(USER, "wrong").getForEntity("/api/phases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(failedAttempts()).isEqualTo(1);
    }

    private int failedAttempts() {
        return ((UserEntity) identity.createUserQuery().userId(USER).singleResult()).getAttempts();
    }
}
