package org.fellowflow.recruitment;

import org.fellowflow.FellowflowPostgresTest;

/** The application lock ({@link ApplicationLockingTests}) on PostgreSQL, in the PostgreSQL tests' shared context. */
@FellowflowPostgresTest
class ApplicationLockingPostgresTests extends ApplicationLockingTests {
}
