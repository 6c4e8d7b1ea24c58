package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.fellowflow.programme.IllegalTransitionException;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.PostState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Posts are never overfilled: fifty appointable candidates reach "Reserve a post" at the same moment on a
 * phase with two open posts. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class PostReservationConcurrencyContract {

    private static final int CANDIDATES = 50;

    @Autowired RecruitmentDriver driver;
    @Autowired ManagementService management;
    @Autowired PhaseRegistry phases;
    @Autowired OfferService offers;

    @Test
    void fiftyCandidatesAtOnceTakeExactlyTheTwoOpenPostsAndTheRestJoinTheReserveList() throws Exception {
        String phase = driver.recruitingPhase(2);
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(driver.appointable(phase));
        }
        List<String> jobs = candidates.stream().map(reference -> management.createJobQuery()
                .processInstanceId(driver.processInstanceId(reference)).activityId("Task_ReservePost")
                .singleResult()).map(Job::getId).toList();

        List<Throwable> failures = allAtOnce(jobs, job -> () -> {
            management.executeJob(job);
            return null;
        });

        assertThat(failures).as("no reservation fails").isEmpty();
        Map<ApplicationStage, Long> stages = candidates.stream()
                .collect(Collectors.groupingBy(driver::stage, Collectors.counting()));
        assertThat(stages).containsOnly(Map.entry(ApplicationStage.OFFERED, 2L),
                Map.entry(ApplicationStage.RESERVE, (long) CANDIDATES - 2));
        PhaseDetails details = phases.phase(phase);
        assertThat(details.posts()).extracting(PhaseDetails.PostDetails::state)
                .containsOnly(PostState.OFFERED);
        assertThat(details.posts()).extracting(PhaseDetails.PostDetails::heldFor)
                .doesNotHaveDuplicates()
                .allMatch(holder -> stages.containsKey(ApplicationStage.OFFERED) && candidates.contains(holder));

        // Each offered candidate clicks "accept" five times at once: one answer counts, the rest are a clean 409.
        List<String> offered = candidates.stream().filter(c -> driver.stage(c) == ApplicationStage.OFFERED).toList();
        List<String> clicks = new ArrayList<>();
        offered.forEach(reference -> {
            for (int i = 0; i < 5; i++) {
                clicks.add(driver.token(reference));
            }
        });
        List<Throwable> answers = allAtOnce(clicks, token -> () -> {
            offers.answerByCandidate(token, true);
            return null;
        });

        assertThat(answers).hasSize(8).allMatch(e -> e instanceof IllegalTransitionException
                || e instanceof org.camunda.bpm.engine.OptimisticLockingException);
        assertThat(offered).allMatch(reference -> driver.stage(reference) == ApplicationStage.ACCEPTED);
        assertThat(offered).allMatch(reference -> !driver.tasks(reference, "Task_PreStartChecks").isEmpty());
    }

    /** Runs every call at the same moment from its own thread; returns what they threw. */
    private static <T> List<Throwable> allAtOnce(List<T> inputs, Function<T, Callable<Void>> call)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (T input : inputs) {
            Callable<Void> task = call.apply(input);
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<Void> future : futures) {
            try {
                future.get(2, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                failures.add(e);
            }
        }
        pool.shutdownNow();
        return failures;
    }
}
