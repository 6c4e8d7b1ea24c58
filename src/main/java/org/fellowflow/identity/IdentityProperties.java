package org.fellowflow.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoPeople create the demo recruiter, panel members and chair (embedded profile only)
 * @param demoPassword the password of every demo person
 * @param requireStrongAdminPassword refuse to start while the admin password is unset or a known default
 * @param lockoutDuration how long an account locked by repeated failed logins stays locked
 */
@ConfigurationProperties("fellowflow.identity")
public record IdentityProperties(@DefaultValue("false") boolean demoPeople, @DefaultValue("demo") String demoPassword,
        @DefaultValue("false") boolean requireStrongAdminPassword,
        @DefaultValue("PT15M") Duration lockoutDuration) {
}
