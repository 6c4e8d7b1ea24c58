package org.fellowflow.recruitment;

import org.fellowflow.FellowflowPostgresTest;

/**
 * The whole recruitment scenario ({@link RecruitmentScenarioTests}) on PostgreSQL, in the PostgreSQL context the
 * other PostgreSQL tests share; {@code @FellowflowPostgresTest} is the nearest {@code @SpringBootTest}, so it wins
 * over the inherited {@code @FellowflowTest}.
 */
@FellowflowPostgresTest
class RecruitmentScenarioPostgresTests extends RecruitmentScenarioTests {
}
