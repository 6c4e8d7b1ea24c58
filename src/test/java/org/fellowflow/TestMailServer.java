package org.fellowflow;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) for the tests that send mail, started once per JVM on a free port. Tests
 * may stop it to play a mail outage and start it again.
 */
public final class TestMailServer {

    private static final int PORT = freePort();
    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** Stops accepting mail: connections to the SMTP port are refused. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static int port() {
        return PORT;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points Spring Mail at the test server; the dispatcher runs only when a test asks. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            get();
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT,
                    "spring.mail.properties.mail.smtp.connectiontimeout=2000",
                    "spring.mail.properties.mail.smtp.timeout=2000",
                    "fellowflow.notification.dispatch-every=PT1H",
                    // Retries at once, so that a test can play an outage and a recovery in a few dispatches.
                    "fellowflow.notification.retry-delays=PT0S,PT0S,PT0S,PT0S").applyTo(context);
        }
    }
}
