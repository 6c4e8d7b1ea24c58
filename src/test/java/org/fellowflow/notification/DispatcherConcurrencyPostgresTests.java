package org.fellowflow.notification;

import org.fellowflow.FellowflowPostgresTest;

/** Two dispatchers at once on PostgreSQL send each row once. */
@FellowflowPostgresTest
class DispatcherConcurrencyPostgresTests extends DispatcherConcurrencyContract {
}
