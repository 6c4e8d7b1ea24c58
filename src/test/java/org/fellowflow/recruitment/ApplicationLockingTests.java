package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each step of an application's process locks the application row: a second transaction waits for the first
 * to end and then sees its change, and a change made earlier in the same transaction is kept.
 */
@FellowflowTest
class ApplicationLockingTests {

    @Autowired ApplicationRepository applications;
    @Autowired RecruitmentDriver driver;
    @Autowired PlatformTransactionManager transactions;

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

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
