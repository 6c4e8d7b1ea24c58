package org.fellowflow.recruitment;

import org.fellowflow.FellowflowPostgresTest;

/** The numbering contract on PostgreSQL, the production database. */
@FellowflowPostgresTest
class IntakeNumberingPostgresTests extends IntakeNumberingContract {
}
