package org.fellowflow.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Fellowflow where to click first. */
@Component
class StartupUrlsLogger {

    private static final Logger log = LoggerFactory.getLogger(StartupUrlsLogger.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + web.getWebServer().getPort()
                + env.getProperty("server.servlet.context-path", "");
        String webapps = env.getProperty("camunda.bpm.webapp.application-path", "/camunda");
        log.info("""

                Fellowflow is ready.
                  Tasklist:    {}{}/app/tasklist/
                  Cockpit:     {}{}/app/cockpit/
                  Admin:       {}{}/app/admin/
                  Dashboard:   {}/admin/dashboard (admins)
                  Apply:       {}/apply/KMF-Y1 (any recruiting phase key)
                  Engine REST: {}/engine-rest/ (HTTP Basic)
                  Sign in as:  {} (password in camunda.bpm.admin-user.password; see README.md)
                """, base, webapps, base, webapps, base, webapps, base, base, base,
                env.getProperty("camunda.bpm.admin-user.id", "admin"));
    }
}
