package org.fellowflow.notification;

import org.fellowflow.FellowflowTest;

/** The dispatcher concurrency contract on the embedded default, H2. */
@FellowflowTest
class DispatcherConcurrencyTests extends DispatcherConcurrencyContract {
}
