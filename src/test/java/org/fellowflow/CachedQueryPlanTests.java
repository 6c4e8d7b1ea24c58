package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.fellowflow.identity.Roles;
import org.fellowflow.identity.StaffUser;
import org.fellowflow.notification.ApplicantDirectory;
import org.fellowflow.recruitment.ApplicationViews;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The repositories' queries are translated to SQL once, not on each call: a second application's view and
 * message find the plans of their queries in Hibernate's cache, a second application's steps and a second
 * metrics scrape translate nothing. Fails
 * when Hibernate copies each criteria query before running it (hibernate.criteria.copy_tree, on by default),
 * which makes every call a new query to translate, and when a hot path calls a repository method that builds a
 * new criteria query each time (findAll).
 */
@FellowflowTest
class CachedQueryPlanTests {

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired RecruitmentDriver driver;
    @Autowired ApplicationViews views;
    @Autowired ApplicantDirectory applicants;
    @Autowired TestRestTemplate http;

    private Statistics statistics;

    @BeforeEach
    void countQueryPlans() {
        statistics = HibernateStatistics.of(entityManagerFactory);
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void aSecondApplicationsViewAndMessageFindTheirQueriesAlreadyTranslated() {
        String phase = driver.recruitingPhase(2);
        StaffUser recruiter = new StaffUser("recruiter", Set.of(Roles.RECRUITERS));
        String first = driver.apply(phase);
        views.view(first, recruiter);
        applicants.applicant(first);
        String second = driver.apply(phase);
        statistics.clear();

        views.view(second, recruiter);
        applicants.applicant(second);

        assertThat(statistics.getQueryPlanCacheMissCount()).as("queries translated again").isZero();
        // The application by its reference, for the view and for the message. The steps of an application's
        // process send their statements through JDBC, which Hibernate does not translate (the next test).
        assertThat(statistics.getQueryPlanCacheHitCount()).as("queries found translated").isGreaterThanOrEqualTo(2);
    }

    /**
     * A query Hibernate keeps no plan for at all is neither a hit nor a miss of the cache, but is translated to
     * SQL on every call: so were the criteria queries with an enum parameter, which Hibernate takes to allow a
     * list of values. Hibernate logs each SQL tree it builds on this logger.
     */
    @Test
    void aSecondApplicationsQueriesAreNotTranslatedToSqlAgain() {
        String phase = driver.recruitingPhase(2);
        driver.notAppointable(phase);

        assertThat(sqlTreesBuiltDuring(() -> driver.notAppointable(phase)))
                .as("SQL trees built during the second application").isEmpty();
    }

    @Test
    void aSecondScrapeOfTheMetricsTranslatesNoQueryAgain() {
        http.withBasicAuth("admin", "admin").getForEntity("/actuator/prometheus", String.class);

        assertThat(sqlTreesBuiltDuring(() -> assertThat(http.withBasicAuth("admin", "admin")
                .getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("fellowflow_notifications", "status=\"FAILED\"")))
                .as("SQL trees built during the second scrape").isEmpty();
    }

    /** The SQL trees Hibernate builds during the work, from the logger it announces each one on. */
    private static List<String> sqlTreesBuiltDuring(Runnable work) {
        Logger sqlTrees = (Logger) LoggerFactory.getLogger("org.hibernate.orm.sql.ast.tree");
        Level level = sqlTrees.getLevel();
        ListAppender<ILoggingEvent> translated = new ListAppender<>();
        translated.start();
        sqlTrees.addAppender(translated);
        sqlTrees.setLevel(Level.DEBUG);
        try {
            work.run();
        } finally {
            sqlTrees.setLevel(level);
            sqlTrees.detachAppender(translated);
        }
        return translated.list.stream().map(event -> event.getFormattedMessage().replaceAll("\\s+", " ")).toList();
    }
}
