package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.function.Supplier;
import org.fellowflow.DatabaseStatements;
import org.fellowflow.FellowflowTest;
import org.fellowflow.HibernateStatistics;
import org.fellowflow.identity.Roles;
import org.fellowflow.identity.StaffUser;
import org.fellowflow.notification.ApplicantDirectory;
import org.fellowflow.notification.ApplicantDirectory.Applicant;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A panel round, an application shown to a member of staff and an applicant's message each read what they
 * need of the phase (its panel and criteria, or its name, programme and start date), once, and none of its
 * posts, ICSs or re-advertisements: loading those was a third of a panel round's queries, and three more
 * queries on every page view and every message.
 */
@FellowflowTest
class PhaseReadTests {

    private static final String PHASE = "org.fellowflow.programme.Phase.";

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcTemplate jdbc;
    @Autowired RecruitmentDriver driver;
    @Autowired ApplicationViews views;
    @Autowired ApplicantDirectory applicants;

    @Test
    void screeningAnApplicationOpensTheShortlistingRoundWithoutLoadingThePhasesPostsOrIcss() {
        String reference = driver.apply(driver.recruitingPhase(2));

        Statistics statistics = statistics();
        DatabaseStatements statements = new DatabaseStatements(jdbc);
        counting(statistics, statements, () -> {
            driver.screen(reference, true);
            return null;
        });

        assertThat(driver.tasks(reference, "Task_AssessForShortlisting")).as("the round is open").hasSize(3);
        assertThat(statements.containing(" from programme_criterion ")).as("the criteria are read in one query")
                .isEqualTo(1);
        assertThat(statements.containing(" left join phase_panel_member "))
                .as("the phase's name and panel are read in one query").isEqualTo(1);
        assertNotLoaded(statistics, "panelMembers", "posts", "readvertisements", "icss");
        assertThat(statistics.getEntityStatistics("org.fellowflow.programme.Phase").getLoadCount())
                .as("the phase is not read as an entity").isZero();
        assertThat(statements.containing(" from phase ")).as("the phase is read once").isEqualTo(1);
    }

    @Test
    void theIntakeCountsTheApplicationInThePhasesRowAndReadsItsNumberOnceWithoutLoadingThePhase() {
        String phase = driver.recruitingPhase(2);

        Statistics statistics = statistics();
        DatabaseStatements statements = new DatabaseStatements(jdbc);
        counting(statistics, statements, () -> driver.apply(phase));

        assertThat(statements.containing("update phase set applications_received = applications_received + 1"))
                .as("the count, which locks the row").isEqualTo(1);
        assertThat(statements.containing(" from phase where phase_key = ")).as("the number read once").isEqualTo(1);
        assertThat(statements.containing("select id, version from phase where phase_key = ? for update"))
                .as("no lock of its own").isZero();
        assertThat(statistics.getEntityStatistics("org.fellowflow.programme.Phase").getLoadCount())
                .as("the phase is not read as an entity").isZero();
        assertThat(statistics.getEntityStatistics("org.fellowflow.programme.Phase").getUpdateCount())
                .as("nor written as one").isZero();
    }

    @Test
    void aPanelMembersViewOfAnApplicationReadsThePhasesPanelAndNothingElseOfThePhase() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.apply(phase);
        StaffUser member = new StaffUser("panel1", Set.of(Roles.PANEL));

        Statistics statistics = statistics();
        DatabaseStatements statements = new DatabaseStatements(jdbc);
        ApplicationView view = counting(statistics, statements, () -> views.view(reference, member));

        assertThat(view.anonymised()).as("a panel member sees a submitted application anonymised").isTrue();
        assertThat(view.phaseName()).isNotBlank();
        assertThat(view.statements()).as("statements in the programme's criteria").isNotEmpty();
        assertNotLoaded(statistics, "panelMembers", "posts", "readvertisements", "icss");
        assertThat(statements.containing(" from phase ")).as("the phase is read once, with its panel").isEqualTo(1);

        StaffUser outsider = new StaffUser("panel4", Set.of(Roles.PANEL));
        assertThatThrownBy(() -> views.view(reference, outsider)).as("not on this phase's panel")
                .isInstanceOf(ApplicationViews.NotYoursException.class);
    }

    @Test
    void anApplicantsMessageNamesThePhaseWithoutLoadingAnyOfItsCollections() {
        String reference = driver.apply(driver.recruitingPhase(2));

        Statistics statistics = statistics();
        DatabaseStatements statements = new DatabaseStatements(jdbc);
        Applicant applicant = counting(statistics, statements, () -> applicants.applicant(reference).orElseThrow());

        assertThat(applicant.facts()).containsKeys("phaseName", "programmeName", "startDate");
        assertThat(applicant.facts().get("programmeName")).asString().isNotBlank();
        assertNotLoaded(statistics, "panelMembers", "posts", "readvertisements", "icss");
        assertThat(statistics.getEntityStatistics("org.fellowflow.programme.Phase").getLoadCount())
                .as("the phase is read as a projection, not as an entity").isZero();
        assertThat(statements.containing(" from phase ")).as("the phase is read once").isEqualTo(1);
    }

    private Statistics statistics() {
        return HibernateStatistics.of(entityManagerFactory);
    }

    private static void assertNotLoaded(Statistics statistics, String... collections) {
        for (String collection : collections) {
            assertThat(statistics.getCollectionStatistics(PHASE + collection).getFetchCount()).as(collection)
                    .isZero();
        }
    }

    /**
     * Counts what the work does both ways: Hibernate's statistics for what it loads as entities and collections,
     * the database's for every statement, which include those sent through JDBC.
     */
    private static <T> T counting(Statistics statistics, DatabaseStatements statements, Supplier<T> work) {
        return statements.counting(() -> HibernateStatistics.counting(statistics, work));
    }
}
