package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.fellowflow.FellowflowTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening a panel round reads the phase's panel and its programme's criteria, and none of the rest of the
 * phase: its posts, re-advertisements and ICSs are no business of the panel, and loading them was a third of
 * the round's queries.
 */
@FellowflowTest
class PanelRoundLoadTests {

    private static final String PHASE = "org.fellowflow.programme.Phase.";

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired RecruitmentDriver driver;

    @Test
    void screeningAnApplicationOpensTheShortlistingRoundWithoutLoadingThePhasesPostsOrIcss() {
        String reference = driver.apply(driver.recruitingPhase(2));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            driver.screen(reference, true);
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(driver.tasks(reference, "Task_AssessForShortlisting")).as("the round is open").hasSize(3);
        assertThat(statistics.getCollectionStatistics(PHASE + "panelMembers").getFetchCount()).isPositive();
        assertThat(statistics.getCollectionStatistics("org.fellowflow.programme.Programme.criteria").getFetchCount())
                .isPositive();
        assertThat(statistics.getCollectionStatistics(PHASE + "posts").getFetchCount()).as("posts").isZero();
        assertThat(statistics.getCollectionStatistics(PHASE + "readvertisements").getFetchCount())
                .as("re-advertisements").isZero();
        assertThat(statistics.getCollectionStatistics(PHASE + "icss").getFetchCount()).as("ICSs").isZero();
    }
}
