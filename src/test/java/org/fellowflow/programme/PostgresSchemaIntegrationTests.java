package org.fellowflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.fellowflow.EmbeddedPostgresDatabase;
import org.fellowflow.FellowflowApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application started twice on one fresh PostgreSQL database, as production starts and restarts: Flyway
 * migrates from empty, Camunda creates its tables, and seeding the real programme file is idempotent.
 */
class PostgresSchemaIntegrationTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final List<String> SEEDED_PHASES =
            List.of("HIF-KM", "HIF-SUS", "HIF-SUR", "KMF-Y1", "KMF-Y2", "KMF-Y3");

    @Test
    void migratesFromEmptyAndSeedsEveryPhaseExactlyOnceAcrossRestarts() throws IOException {
        String database = EmbeddedPostgresDatabase.createDatabase();
        List<String> migrationFiles = migrationFiles();
        assertThat(migrationFiles).as("migrations in " + MIGRATIONS).isNotEmpty();

        for (int start = 1; start <= 2; start++) {
            try (ConfigurableApplicationContext app = start(database)) {
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

                assertThat(jdbc.queryForList(
                        "select script from flyway_schema_history where type = 'SQL' order by installed_rank",
                        String.class)).as("start %d: applied migrations", start)
                        .containsExactlyElementsOf(migrationFiles);
                assertThat(jdbc.queryForList("select script from flyway_schema_history where not success",
                        String.class)).as("start %d: failed migrations", start).isEmpty();

                assertThat(jdbc.queryForList("select lower(table_name) from information_schema.tables"
                        + " where table_schema = current_schema() and lower(table_name) like 'act\\_%'", String.class))
                        .as("start %d: Camunda's tables", start)
                        .contains("act_ge_property", "act_ge_bytearray", "act_re_deployment", "act_re_procdef",
                                "act_ru_execution", "act_ru_job", "act_ru_task", "act_ru_variable",
                                "act_hi_procinst", "act_hi_actinst", "act_id_user", "act_ru_authorization");

                assertThat(jdbc.queryForList("select indexdef from pg_indexes where schemaname = current_schema()"
                        + " and indexname = 'act_idx_task_parent_task_id'", String.class))
                        .as("start %d: the index of subtasks by parent that Fellowflow adds", start)
                        .containsExactly("CREATE INDEX act_idx_task_parent_task_id ON "
                                + jdbc.queryForObject("select current_schema()", String.class)
                                + ".act_ru_task USING btree (parent_task_id_)");

                RuntimeService runtime = app.getBean(RuntimeService.class);
                assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(FellowshipPhaseProcess.KEY)
                        .list()).as("start %d: phase processes", start)
                        .extracting(p -> p.getBusinessKey())
                        .containsExactlyInAnyOrderElementsOf(SEEDED_PHASES);
                PhaseRegistry phases = app.getBean(PhaseRegistry.class);
                assertThat(SEEDED_PHASES).as("start %d: posts per phase", start)
                        .extracting(key -> phases.phase(key).posts().size())
                        .containsExactly(2, 2, 2, 3, 3, 2);
            }
        }
    }

    /** The versioned migration files in the source tree, in version order. */
    private static List<String> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V[0-9._]+__.+\\.sql"))
                    .sorted((a, b) -> compareVersions(version(a), version(b)))
                    .toList();
        }
    }

    private static String version(String script) {
        return script.substring(1, script.indexOf("__"));
    }

    private static int compareVersions(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(FellowflowApplication.class).run(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + EmbeddedPostgresDatabase.USER,
                "--spring.datasource.password=",
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--fellowflow.programmes.location=classpath:programmes/kss.yaml");
    }
}
