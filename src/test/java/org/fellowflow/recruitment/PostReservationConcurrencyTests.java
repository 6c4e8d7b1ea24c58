package org.fellowflow.recruitment;

import org.fellowflow.FellowflowTest;

/** The concurrency contract on the embedded default, H2. */
@FellowflowTest
class PostReservationConcurrencyTests extends PostReservationConcurrencyContract {
}
