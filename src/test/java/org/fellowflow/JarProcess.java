package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The packaged jar running in a process of its own, as the integration tests start it. */
final class JarProcess {

    private JarProcess() {
    }

    /** Waits up to 3 minutes until the check says the application is ready; fails if the process ends first. */
    static void awaitReady(Process app, Path log, Callable<Boolean> ready) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            assertThat(app.isAlive()).as("the application is running; see " + log).isTrue();
            assertThat(Instant.now()).as("the application is ready in time; see " + log).isBefore(deadline);
            try {
                if (ready.call()) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
    }

    /** Stops it as an operator would (SIGTERM, graceful shutdown), and kills it if it has not gone in a minute. */
    static void stop(Process app) throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
