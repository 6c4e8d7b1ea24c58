package baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up benchmark's baseline: the same dependencies as Fellowflow (Camunda's webapp and REST starters,
 * JPA, Flyway, Mail, Actuator ...) and none of its code, configuration, migrations or processes
 * (bench/bare-starter.yaml replaces application.yaml). Outside org.fellowflow, so that no Fellowflow context
 * scans it.
 */
@SpringBootApplication
public class BareStarterApplication {

    /** Its whole configuration, in place of application.yaml: {@code --spring.config.location=} this. */
    public static final String CONFIGURATION = "classpath:bench/bare-starter.yaml";

    public static void main(String[] args) {
        SpringApplication.run(BareStarterApplication.class, args);
    }
}
