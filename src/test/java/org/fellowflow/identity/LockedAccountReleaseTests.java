package org.fellowflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Failed logins lock an account, as Camunda does, but the lock ends after the configured time. */
@FellowflowTest
class LockedAccountReleaseTests {

    @Autowired IdentityService identity;
    @Autowired IdentityProperties properties;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void tenFailedLoginsLockTheAccountUntilTheLockoutEnds() {
        User user = identity.newUser("forgetful");
        user.setPassword("Correct-Horse-1");
        identity.saveUser(user);
        Instant now = Instant.now();
        for (int attempt = 0; attempt < 10; attempt++) {
            // Past each growing delay, so that every attempt counts.
            ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(attempt * 2L))));
            assertThat(identity.checkPassword("forgetful", "wrong")).isFalse();
        }
        // The last attempt, at 18 minutes, locked the account until 19 minutes: the lockout counts from then.
        Instant afterAttempts = now.plus(Duration.ofMinutes(40));
        ClockUtil.setCurrentTime(Date.from(afterAttempts));
        assertThat(identity.checkPassword("forgetful", "Correct-Horse-1")).as("locked, as Camunda locks").isFalse();

        new LockedAccountRelease(identity, properties, Clock.fixed(afterAttempts.minus(Duration.ofMinutes(14)),
                ZoneOffset.UTC)).releaseExpiredLocks();
        assertThat(identity.checkPassword("forgetful", "Correct-Horse-1")).as("still within the lockout").isFalse();

        new LockedAccountRelease(identity, properties, Clock.fixed(afterAttempts, ZoneOffset.UTC))
                .releaseExpiredLocks();
        assertThat(identity.checkPassword("forgetful", "Correct-Horse-1")).as("released after 15 minutes").isTrue();
    }
}
