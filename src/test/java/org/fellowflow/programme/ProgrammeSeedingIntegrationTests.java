package org.fellowflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.fellowflow.FellowflowApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up against a database of its own, as a restart on the embedded default would: the seeded phases
 * each get exactly one process, however often the application starts.
 */
class ProgrammeSeedingIntegrationTests {

    @TempDir
    Path data;

    @Test
    void everySeededPhaseHasExactlyOneProcessAfterEveryStart() {
        for (int start = 1; start <= 2; start++) {
            try (ConfigurableApplicationContext app = start("classpath:programmes/kss.yaml")) {
                RuntimeService runtime = app.getBean(RuntimeService.class);
                assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(FellowshipPhaseProcess.KEY)
                        .list()).as("start " + start)
                        .extracting(p -> p.getBusinessKey())
                        .containsExactlyInAnyOrder("HIF-KM", "HIF-SUS", "HIF-SUR", "KMF-Y1", "KMF-Y2", "KMF-Y3");
                PhaseRegistry phases = app.getBean(PhaseRegistry.class);
                assertThat(List.of("HIF-KM", "HIF-SUS", "HIF-SUR", "KMF-Y1", "KMF-Y2", "KMF-Y3"))
                        .extracting(key -> phases.phase(key).posts().size())
                        .containsExactly(2, 2, 2, 3, 3, 2);
            }
        }
    }

    @Test
    void wrongProgrammeFileStopsStartUpNamingFilePhaseAndField() {
        Throwable failure = catchThrowable(() -> start("classpath:programmes/invalid/unknown-ics.yaml").close());
        while (failure != null && !(failure instanceof InvalidProgrammeDataException)) {
            failure = failure.getCause();
        }
        assertThat(failure).as("start-up fails because of the programme file")
                .isInstanceOf(InvalidProgrammeDataException.class)
                .hasMessageContaining("programmes/invalid/unknown-ics.yaml")
                .hasMessageContaining("phase BAD-1, field icss: unknown ICS 'ESSEX'");
    }

    private ConfigurableApplicationContext start(String programmes) {
        return new SpringApplicationBuilder(FellowflowApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("fellowflow") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--fellowflow.programmes.location=" + programmes);
    }
}
