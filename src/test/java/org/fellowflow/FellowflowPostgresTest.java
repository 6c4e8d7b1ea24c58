package org.fellowflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link FellowflowTest}'s context shape on PostgreSQL instead of H2: the whole application on a random port,
 * the job executor off, no start-up seeding, process coverage recorded. Each Spring context gets a fresh, empty
 * database of its own on the JVM's one embedded server ({@link EmbeddedPostgresDatabase}); Flyway and Camunda
 * build the schema in it from nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        // An H2 context and a PostgreSQL context may live side by side in the test context cache.
        "camunda.bpm.generate-unique-process-engine-name=true",
        // Processes started while the context starts would run outside any test's coverage run.
        "fellowflow.programmes.load-on-start-up=false",
        // Tests run the outbox dispatcher and reminders themselves, when they mean to.
        "fellowflow.notification.dispatch-every=PT24H",
        "fellowflow.notification.remind-every=PT24H",
        // Spring Boot's tests switch metrics exporters off; the Prometheus endpoint is part of the product.
        "management.prometheus.metrics.export.enabled=true",
})
@ContextConfiguration(initializers = FellowflowPostgresTest.FreshPostgresDatabase.class)
@Import(ProcessEngineCoverageConfiguration.class)
public @interface FellowflowPostgresTest {

    /** Points the datasource at a new database; runs once per context, so cached contexts keep theirs. */
    final class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // First, so that it wins over application.yaml and any inlined test property.
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fellowflowPostgres", Map.of(
                    "spring.datasource.url", EmbeddedPostgresDatabase.createDatabase(),
                    "spring.datasource.username", EmbeddedPostgresDatabase.USER,
                    "spring.datasource.password", "",
                    "spring.datasource.driver-class-name", "org.postgresql.Driver")));
        }
    }
}
