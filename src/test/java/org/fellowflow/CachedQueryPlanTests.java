package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The repositories' queries are translated to SQL once, not on each call: a second application finds the
 * plans of all its steps' queries in Hibernate's cache, and a second metrics scrape translates nothing. Fails
 * when Hibernate copies each criteria query before running it (hibernate.criteria.copy_tree, on by default),
 * which makes every call a new query to translate, and when a hot path calls a repository method that builds a
 * new criteria query each time (findAll).
 */
@FellowflowTest
class CachedQueryPlanTests {

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired RecruitmentDriver driver;
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
    void aSecondApplicationFindsTheQueriesOfItsStepsAlreadyTranslated() {
        String phase = driver.recruitingPhase(2);
        driver.notAppointable(phase);
        statistics.clear();

        driver.notAppointable(phase);

        assertThat(statistics.getQueryPlanCacheMissCount()).as("queries translated again").isZero();
        // The intake's phase lock, ICS names and duplicate check. The steps lock the application, read the phase
        // and the panel, and add outbox rows in plain SQL through JDBC, which Hibernate does not translate.
        assertThat(statistics.getQueryPlanCacheHitCount()).as("queries found translated").isGreaterThanOrEqualTo(3);
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
