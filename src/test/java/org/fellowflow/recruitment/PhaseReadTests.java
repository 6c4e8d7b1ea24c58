package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.fellowflow.HibernateStatistics.counting;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.fellowflow.FellowflowTest;
import org.fellowflow.HibernateStatistics;
import org.fellowflow.identity.Roles;
import org.fellowflow.identity.StaffUser;
import org.fellowflow.notification.ApplicantDirectory;
import org.fellowflow.notification.ApplicantDirectory.Applicant;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
    @Autowired RecruitmentDriver driver;
    @Autowired ApplicationViews views;
    @Autowired ApplicantDirectory applicants;

    @Test
    void screeningAnApplicationOpensTheShortlistingRoundWithoutLoadingThePhasesPostsOrIcss() {
        String reference = driver.apply(driver.recruitingPhase(2));

        Statistics statistics = statistics();
        counting(statistics, () -> {
            driver.screen(reference, true);
            return null;
        });

        assertThat(driver.tasks(reference, "Task_AssessForShortlisting")).as("the round is open").hasSize(3);
        assertThat(queries(statistics, "(?is).* from programme_criterion .*")).as("the criteria are read in one query")
                .isEqualTo(1);
        assertThat(queries(statistics, "(?is).* from phase \\w+ left join phase_panel_member .*"))
                .as("the phase's name and panel are read in one query").isEqualTo(1);
        assertNotLoaded(statistics, "panelMembers", "posts", "readvertisements", "icss");
        assertThat(statistics.getEntityStatistics("org.fellowflow.programme.Phase").getLoadCount())
                .as("the phase is not read as an entity").isZero();
        assertThat(phaseQueries(statistics)).as("the phase is read once").isEqualTo(1);
    }

    @Test
    void theIntakeLocksThePhaseAndReadsItOnce() {
        String phase = driver.recruitingPhase(2);

        Statistics statistics = statistics();
        counting(statistics, () -> driver.apply(phase));

        assertThat(queries(statistics, "(?is)select id, version from phase .* for update")).as("the lock")
                .isEqualTo(1);
        assertThat(statistics.getEntityStatistics("org.fellowflow.programme.Phase").getLoadCount())
                .as("read once under the lock, not read and then refreshed").isEqualTo(1);
    }

    @Test
    void aPanelMembersViewOfAnApplicationReadsThePhasesPanelAndNothingElseOfThePhase() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.apply(phase);
        StaffUser member = new StaffUser("panel1", Set.of(Roles.PANEL));

        Statistics statistics = statistics();
        ApplicationView view = counting(statistics, () -> views.view(reference, member));

        assertThat(view.anonymised()).as("a panel member sees a submitted application anonymised").isTrue();
        assertThat(view.phaseName()).isNotBlank();
        assertThat(view.statements()).as("statements in the programme's criteria").isNotEmpty();
        assertNotLoaded(statistics, "panelMembers", "posts", "readvertisements", "icss");
        assertThat(phaseQueries(statistics)).as("the phase is read once, with its panel").isEqualTo(1);

        StaffUser outsider = new StaffUser("panel4", Set.of(Roles.PANEL));
        assertThatThrownBy(() -> views.view(reference, outsider)).as("not on this phase's panel")
                .isInstanceOf(ApplicationViews.NotYoursException.class);
    }

    @Test
    void anApplicantsMessageNamesThePhaseWithoutLoadingAnyOfItsCollections() {
        String reference = driver.apply(driver.recruitingPhase(2));

        Statistics statistics = statistics();
        Applicant applicant = counting(statistics, () -> applicants.applicant(reference).orElseThrow());

        assertThat(applicant.facts()).containsKeys("phaseName", "programmeName", "startDate");
        assertThat(applicant.facts().get("programmeName")).asString().isNotBlank();
        assertNotLoaded(statistics, "panelMembers", "posts", "readvertisements", "icss");
        assertThat(statistics.getEntityStatistics("org.fellowflow.programme.Phase").getLoadCount())
                .as("the phase is read as a projection, not as an entity").isZero();
        assertThat(phaseQueries(statistics)).as("the phase is read once").isEqualTo(1);
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

    /** How many times a query on the phase table ran. */
    private static long phaseQueries(Statistics statistics) {
        return queries(statistics, "(?is).* from phase \\w+ .*");
    }

    /** How many times queries matching the pattern ran (Hibernate keys its query statistics by the SQL). */
    private static long queries(Statistics statistics, String pattern) {
        long count = 0;
        for (String query : statistics.getQueries()) {
            if (query.matches(pattern)) {
                count += statistics.getQueryStatistics(query).getExecutionCount();
            }
        }
        return count;
    }
}
