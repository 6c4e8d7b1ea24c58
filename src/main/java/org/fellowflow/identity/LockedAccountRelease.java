package org.fellowflow.identity;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Camunda locks an account for good after too many failed logins, so anyone who knows a user id could
 * lock an admin out. Here the lock ends after fellowflow.identity.lockout-duration (default 15 minutes);
 * Camunda's growing delay between failed attempts still throttles guessing. Admins can also unlock a user
 * at once in Camunda Admin (Users → the user → Unlock).
 */
@Component
class LockedAccountRelease {

    private static final Logger log = LoggerFactory.getLogger(LockedAccountRelease.class);

    private final IdentityService identity;
    private final IdentityProperties properties;
    private final Clock clock;

    LockedAccountRelease(IdentityService identity, IdentityProperties properties, Clock clock) {
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fellowflow.identity.lock-release-every:PT1M}",
            initialDelayString = "${fellowflow.identity.lock-release-every:PT1M}")
    void releaseExpiredLocks() {
        Instant cutoff = clock.instant().minus(properties.lockoutDuration());
        for (User user : identity.createUserQuery().list()) {
            if (user instanceof UserEntity entity && entity.getLockExpirationTime() != null
                    && entity.getLockExpirationTime().toInstant().isBefore(cutoff) && entity.getAttempts() > 0) {
                identity.unlockUser(user.getId());
                log.info("Login lock of user {} released after {}", user.getId(), properties.lockoutDuration());
            }
        }
    }
}
