package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fellowflow.DatabaseStatements;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each step of an application's process locks the application row: a second transaction waits for the first
 * to end and then sees its change, a change made earlier in the same transaction is kept, a copy read before
 * the lock and changed since by another transaction is read again, and a second lock in the same transaction
 * sends nothing more.
 */
@FellowflowTest
class ApplicationLockingTests {

    @Autowired ApplicationRepository applications;
    @Autowired RecruitmentDriver driver;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Applications locking;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aSecondLockWaitsForTheFirstTransactionAndSeesItsChange() throws Exception {
        String reference = driver.apply(driver.recruitingPhase(2));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            locking.locked(reference).recordScreening(true, null, Instant.now());
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ApplicationStage> second = CompletableFuture.supplyAsync(() -> transaction.execute(status ->
                locking.locked(reference).stage()));

        Thread.sleep(500);
        assertThat(second).as("waits while the first transaction holds the lock").isNotDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).as("the first transaction's change")
                .isEqualTo(ApplicationStage.SHORTLISTING);
    }

    @Test
    void anApplicationChangedEarlierInTheSameTransactionKeepsItsChangesWhenLocked() {
        String reference = driver.apply(driver.recruitingPhase(2));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Application read = applications.findByReference(reference).orElseThrow();
            read.recordScreening(false, "Not employed in the region", Instant.now());

            Application locked = locking.locked(reference);

            assertThat(locked).as("the copy this transaction holds").isSameAs(read);
            assertThat(locked.stage()).isEqualTo(ApplicationStage.SCREENED_OUT);
        });

        assertThat(applications.findByReference(reference).orElseThrow().stage())
                .isEqualTo(ApplicationStage.SCREENED_OUT);
    }

    @Test
    void aCopyReadBeforeTheLockIsReadAgainWhenAnotherTransactionChangedIt() throws Exception {
        String reference = driver.apply(driver.recruitingPhase(2));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);

        CompletableFuture<ApplicationStage> reader = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            Application before = applications.findByReference(reference).orElseThrow();
            read.countDown();
            await(changed);
            Application locked = locking.locked(reference);
            assertThat(locked).as("still the one copy in this transaction").isSameAs(before);
            return locked.stage();
        }));
        assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
        transaction.executeWithoutResult(status -> locking.locked(reference)
                .recordScreening(false, "Not employed in the region", Instant.now()));
        changed.countDown();

        assertThat(reader.get(10, TimeUnit.SECONDS)).as("the other transaction's change")
                .isEqualTo(ApplicationStage.SCREENED_OUT);
    }

    @Test
    void aSecondLockInTheSameTransactionAsksTheDatabaseNoMoreButTheNextTransactionDoes() {
        String reference = driver.apply(driver.recruitingPhase(2));
        DatabaseStatements statements = new DatabaseStatements(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        statements.counting(() -> transaction.execute(status -> {
            Application first = locking.locked(reference);
            first.recordScreening(false, "Not employed in the region", Instant.now());
            assertThat(statements.soFar("from application")).as("the lock, then the application by its id")
                    .isEqualTo(2);
            assertThat(locking.locked(reference)).as("the instance already locked").isSameAs(first);
            assertThat(statements.soFar("from application")).as("no statement for the second").isEqualTo(2);
            return null;
        }));

        statements.counting(() -> transaction.execute(status -> {
            assertThat(locking.locked(reference).stage()).as("the committed change")
                    .isEqualTo(ApplicationStage.SCREENED_OUT);
            return null;
        }));
        assertThat(statements.containing("for update")).as("a new transaction locks the row again").isEqualTo(1);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> locking.locked("NO-SUCH-0001")))
                .isInstanceOf(UnknownApplicationException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
