package org.fellowflow.recruitment;

import org.fellowflow.FellowflowPostgresTest;

/** The concurrency contract on PostgreSQL, the production database. */
@FellowflowPostgresTest
class PostReservationConcurrencyPostgresTests extends PostReservationConcurrencyContract {
}
