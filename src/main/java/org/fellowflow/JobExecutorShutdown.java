package org.fellowflow;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Stops a node's job executor first when the node shuts down, and lets it end cleanly: no new jobs are
 * acquired, jobs already running finish (up to the shutdown grace), and jobs it had locked but not started are
 * handed back at once (Camunda's job runnables unlock their jobs once the executor is inactive), so the other
 * nodes take them without waiting for the lock to expire. Without this, Spring destroys the starter's thread
 * pool with {@code shutdownNow()}, interrupting running jobs, and queued jobs stay locked for the whole lock
 * time. A node that dies instead loses nothing either: its locks expire after
 * {@code camunda.bpm.job-execution.lock-time-in-millis} and the other nodes run its jobs again.
 */
@Component
class JobExecutorShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobExecutorShutdown.class);

    private final ObjectProvider<JobExecutor> jobExecutor;
    private final ObjectProvider<TaskExecutor> threads;
    private final Duration grace;
    private volatile boolean running;

    JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutor,
            @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> threads,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration grace) {
        this.jobExecutor = jobExecutor;
        this.threads = threads;
        this.grace = grace;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecutor executor = jobExecutor.getIfAvailable();
        if (executor == null) {
            return;
        }
        executor.shutdown();
        if (threads.getIfAvailable() instanceof ThreadPoolTaskExecutor pool) {
            ThreadPoolExecutor jobThreads = pool.getThreadPoolExecutor();
            jobThreads.shutdown();
            try {
                if (!jobThreads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("Jobs still running after {}; their locks expire and another node runs them again", grace);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        log.info("Job executor stopped: running jobs finished, jobs not started handed back");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before the web server drains its requests and before anything the jobs need goes away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
