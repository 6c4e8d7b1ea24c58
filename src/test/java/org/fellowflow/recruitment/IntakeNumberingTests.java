package org.fellowflow.recruitment;

import org.fellowflow.FellowflowTest;

/** The numbering contract on the embedded default, H2. */
@FellowflowTest
class IntakeNumberingTests extends IntakeNumberingContract {
}
