package org.fellowflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context shape most tests share: the whole application on a random port, an in-memory H2
 * database, and the job executor off so tests drive jobs themselves. Tests plan the phases they need through
 * the programme importer; start-up seeding is tested on its own (ProgrammeSeedingIntegrationTests).
 * Process coverage is recorded for every test (reports under target/process-test-coverage).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fellowflow-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.job-execution.enabled=false",
        // Processes started while the context starts would run outside any test's coverage run.
        "fellowflow.programmes.load-on-start-up=false",
        // Tests run the outbox dispatcher and reminders themselves, when they mean to.
        "fellowflow.notification.dispatch-every=PT24H",
        "fellowflow.notification.remind-every=PT24H",
        // Nor may the metrics' refresh or the lock release run on their own, once a minute: their transactions
        // would land inside the tests that count a request's transactions.
        "fellowflow.monitoring.metrics-every=PT24H",
        "fellowflow.identity.lock-release-every=PT24H",
        // Spring Boot's tests switch metrics exporters off; the Prometheus endpoint is part of the product.
        "management.prometheus.metrics.export.enabled=true",
})
@Import(ProcessEngineCoverageConfiguration.class)
public @interface FellowflowTest {
}
