package org.fellowflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The context shape of the tests that send real mail: as {@link FellowflowTest}, with Spring Mail pointed at
 * a GreenMail SMTP server ({@link TestMailServer}) and the dispatcher run by the tests themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fellowflow-mail-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "fellowflow.programmes.load-on-start-up=false",
        // Tests run the outbox dispatcher and reminders themselves, when they mean to.
        "fellowflow.notification.dispatch-every=PT24H",
        "fellowflow.notification.remind-every=PT24H",
        // Spring Boot's tests switch metrics exporters off; the Prometheus endpoint is part of the product.
        "management.prometheus.metrics.export.enabled=true",
})
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
@Import(ProcessEngineCoverageConfiguration.class)
public @interface FellowflowMailTest {
}
