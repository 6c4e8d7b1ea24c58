package org.fellowflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.fellowflow.FellowflowTest;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The phase lock gives the phase as the row is now, even to a transaction that read the phase before another
 * transaction changed it; its change then commits, where Hibernate would refuse the older copy as stale.
 */
@FellowflowTest
class PhaseLockingTests {

    @Autowired PhaseRepository phases;
    @Autowired PhaseRegistry registry;
    @Autowired RecruitmentDriver driver;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aPhaseReadBeforeAnotherTransactionChangedItIsLockedAsTheRowIsNow() {
        String key = driver.recruitingPhase(2);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        TransactionTemplate another = new TransactionTemplate(transactions);
        another.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transaction.executeWithoutResult(status -> {
            Phase before = phases.findByKey(key).orElseThrow();
            long versionRead = before.version();
            another.executeWithoutResult(meanwhile -> registry.addPanelMember(key, "panel7"));

            Phase locked = phases.locked(key);

            assertThat(locked).as("the same copy, brought up to date").isSameAs(before);
            assertThat(locked.version()).as("the other transaction's version").isGreaterThan(versionRead);
            assertThat(locked.panelMembers()).contains("panel7");
            locked.addPanelMember("panel8");
        });

        assertThat(registry.panel(key).members()).as("both changes kept").contains("panel7", "panel8");
    }

    @Test
    void aPhaseChangedEarlierInTheSameTransactionKeepsItsChangesWhenLocked() {
        String key = driver.recruitingPhase(2);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Phase phase = phases.findByKey(key).orElseThrow();
            phase.addPanelMember("panel7");

            assertThat(phases.locked(key).panelMembers()).as("not thrown away by a refresh").contains("panel7");
        });

        assertThat(registry.panel(key).members()).contains("panel7");
    }
}
