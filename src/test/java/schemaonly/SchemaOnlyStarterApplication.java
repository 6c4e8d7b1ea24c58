package schemaonly;

import org.fellowflow.RowLocks;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The start-up benchmark's second baseline: the bare starter plus what the stack itself does for Fellowflow's
 * data, namely Flyway running Fellowflow's migrations and Hibernate and Spring Data with its entities and
 * repositories (and {@link RowLocks}, which a repository fragment needs), and nothing else of Fellowflow's: no
 * services, web layer, engine plugins, deployment or seeding. Started with the bare starter's configuration
 * and Flyway and schema validation switched on ({@link #ARGUMENTS}). Its own package, so that neither the bare
 * starter's nor Fellowflow's component scan finds it.
 */
@SpringBootApplication
@EntityScan("org.fellowflow")
@EnableJpaRepositories("org.fellowflow")
@Import(RowLocks.class)
public class SchemaOnlyStarterApplication {

    /** In addition to the bare starter's {@code --spring.config.location}: Fellowflow's migrations and check. */
    public static final String[] ARGUMENTS = {"--spring.flyway.enabled=true",
        "--spring.jpa.hibernate.ddl-auto=validate"};

    public static void main(String[] args) {
        SpringApplication.run(SchemaOnlyStarterApplication.class, args);
    }
}
