package org.fellowflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The embedded profile's demo people, so a newcomer can try every role. Never created on PostgreSQL. */
@Component
@Order(20)
@ConditionalOnProperty(name = "fellowflow.identity.demo-people", havingValue = "true")
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    record Person(String id, String firstName, String lastName, String group) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("recruiter", "Rita", "Recruiter", Roles.RECRUITERS),
            new Person("panel1", "Priya", "Panel", Roles.PANEL),
            new Person("panel2", "Patrick", "Panel", Roles.PANEL),
            new Person("panel3", "Pearl", "Panel", Roles.PANEL),
            new Person("chair", "Charles", "Chair", Roles.PANEL_CHAIRS));

    private final IdentityService identity;
    private final IdentityProperties properties;

    DemoPeople(IdentityService identity, IdentityProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Person person : PEOPLE) {
            if (identity.createUserQuery().userId(person.id()).count() == 0) {
                User user = identity.newUser(person.id());
                user.setFirstName(person.firstName());
                user.setLastName(person.lastName());
                user.setEmail(person.id() + "@fellowflow.example");
                user.setPassword(properties.demoPassword());
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(person.id()).memberOfGroup(person.group()).count() == 0) {
                identity.createMembership(person.id(), person.group());
            }
        }
        log.info("Demo people (password '{}'): recruiter (recruiters), panel1, panel2, panel3 (panel), "
                + "chair (panel-chairs); admin signs in with camunda.bpm.admin-user", properties.demoPassword());
    }
}
