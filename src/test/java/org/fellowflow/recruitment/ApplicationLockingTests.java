package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jakarta.persistence.EntityManagerFactory;
import org.fellowflow.FellowflowTest;
import org.fellowflow.HibernateStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each step of an application's process locks the application row: a second transaction waits for the first
 * to end and then sees its change, a change made earlier in the same transaction is kept, and a second lock in
 * the same transaction sends nothing more.
 */
@FellowflowTest
class ApplicationLockingTests {

    @Autowired ApplicationRepository applications;
    @Autowired RecruitmentDriver driver;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Applications locking;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void aSecondLockWaitsForTheFirstTransactionAndSeesItsChange() throws Exception {
        String reference = driver.apply(driver.recruitingPhase(2));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            applications.findLockedByReference(reference).orElseThrow().recordScreening(true, null, Instant.now());
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ApplicationStage> second = CompletableFuture.supplyAsync(() -> transaction.execute(status ->
                applications.findLockedByReference(reference).orElseThrow().stage()));

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

            Application locked = applications.findLockedByReference(reference).orElseThrow();

            assertThat(locked).as("the copy this transaction holds").isSameAs(read);
            assertThat(locked.stage()).isEqualTo(ApplicationStage.SCREENED_OUT);
            assertThat(applications.findLockedByReference("NO-SUCH-0001")).as("an unknown reference").isEmpty();
        });

        assertThat(applications.findByReference(reference).orElseThrow().stage())
                .isEqualTo(ApplicationStage.SCREENED_OUT);
    }

    @Test
    void aSecondLockInTheSameTransactionAsksTheDatabaseNoMoreButTheNextTransactionDoes() {
        String reference = driver.apply(driver.recruitingPhase(2));
        Statistics statistics = HibernateStatistics.of(entityManagerFactory);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        long statements = HibernateStatistics.counting(statistics, () -> transaction.execute(status -> {
            Application first = locking.locked(reference);
            first.recordScreening(false, "Not employed in the region", Instant.now());
            long afterFirst = statistics.getPrepareStatementCount();
            assertThat(locking.locked(reference)).as("the instance already locked").isSameAs(first);
            assertThat(statistics.getPrepareStatementCount()).as("no statement for the second").isEqualTo(afterFirst);
            return afterFirst;
        }));
        assertThat(statements).as("the first lock's").isPositive();

        long next = HibernateStatistics.counting(statistics, () -> transaction.execute(status -> {
            assertThat(locking.locked(reference).stage()).as("the committed change")
                    .isEqualTo(ApplicationStage.SCREENED_OUT);
            return statistics.getPrepareStatementCount();
        }));
        assertThat(next).as("a new transaction locks the row again").isPositive();
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
