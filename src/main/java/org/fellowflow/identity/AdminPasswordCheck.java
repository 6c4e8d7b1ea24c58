package org.fellowflow.identity;

import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Production refuses to start with an admin password that anyone could guess. */
@Component
class AdminPasswordCheck implements InitializingBean {

    private static final Set<String> DEFAULTS = Set.of("", "admin", "demo", "password", "changeme", "camunda");

    private final IdentityProperties properties;
    private final Environment environment;

    AdminPasswordCheck(IdentityProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.requireStrongAdminPassword()) {
            return;
        }
        String id = environment.getProperty("camunda.bpm.admin-user.id", "");
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (DEFAULTS.contains(password.toLowerCase()) || password.equalsIgnoreCase(id) || password.length() < 12) {
            throw new IllegalStateException("Refusing to start: the admin password is unset or a default. Set "
                    + "FELLOWFLOW_ADMIN_PASSWORD (camunda.bpm.admin-user.password) to at least 12 characters.");
        }
    }
}
