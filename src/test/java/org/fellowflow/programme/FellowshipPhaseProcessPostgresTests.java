package org.fellowflow.programme;

import org.fellowflow.FellowflowPostgresTest;

/**
 * Every path of the fellowship-phase process ({@link FellowshipPhaseProcessTests}) on PostgreSQL. The inherited
 * {@code @FellowflowTest} does not conflict: Spring's test context looks up {@code @SpringBootTest} nearest first,
 * so this class's {@code @FellowflowPostgresTest} (and its database initializer) is the one that counts.
 */
@FellowflowPostgresTest
class FellowshipPhaseProcessPostgresTests extends FellowshipPhaseProcessTests {
}
