package org.fellowflow.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Progress as Micrometer metrics (at /actuator/prometheus): posts by phase and state, applications by phase
 * and stage, time to fill, open incidents and the job backlog. Refreshed every minute from the progress read
 * model, so a scrape costs no query.
 */
@Component
class ProgressMetrics {

    private final ProgressQueries progress;
    private final ManagementService management;
    private final MultiGauge posts;
    private final MultiGauge applications;
    private final MultiGauge daysToFill;
    private final AtomicLong incidents = new AtomicLong();
    private final AtomicLong jobBacklog = new AtomicLong();

    ProgressMetrics(ProgressQueries progress, ManagementService management, MeterRegistry registry) {
        this.progress = progress;
        this.management = management;
        this.posts = MultiGauge.builder("fellowflow.posts").description("Posts by phase and state")
                .register(registry);
        this.applications = MultiGauge.builder("fellowflow.applications")
                .description("Applications by phase and the stages they have reached").register(registry);
        this.daysToFill = MultiGauge.builder("fellowflow.phase.days.to.fill")
                .description("Days from opening recruitment to the last post filled").register(registry);
        Gauge.builder("fellowflow.incidents.open", incidents, AtomicLong::get)
                .description("Open Camunda incidents").register(registry);
        Gauge.builder("fellowflow.jobs.backlog", jobBacklog, AtomicLong::get)
                .description("Jobs due and waiting for the job executor").register(registry);
    }

    @Scheduled(fixedDelayString = "${fellowflow.monitoring.metrics-every:PT1M}", initialDelay = 0)
    void refresh() {
        List<MultiGauge.Row<?>> postRows = new ArrayList<>();
        List<MultiGauge.Row<?>> applicationRows = new ArrayList<>();
        List<MultiGauge.Row<?>> fillRows = new ArrayList<>();
        long openIncidents = 0;
        for (PhaseProgress phase : progress.all()) {
            postRows.add(MultiGauge.Row.of(Tags.of("phase", phase.key(), "state", "OPEN"), phase.posts().open()));
            postRows.add(MultiGauge.Row.of(Tags.of("phase", phase.key(), "state", "OFFERED"), phase.posts().offered()));
            postRows.add(MultiGauge.Row.of(Tags.of("phase", phase.key(), "state", "FILLED"), phase.posts().filled()));
            phase.applications().forEach((stage, count) -> applicationRows.add(
                    MultiGauge.Row.of(Tags.of("phase", phase.key(), "stage", stage), count)));
            if (phase.daysToFill() != null) {
                fillRows.add(MultiGauge.Row.of(Tags.of("phase", phase.key()), phase.daysToFill()));
            }
            openIncidents += phase.incidents().size();
        }
        posts.register(postRows, true);
        applications.register(applicationRows, true);
        daysToFill.register(fillRows, true);
        incidents.set(openIncidents);
        jobBacklog.set(management.createJobQuery().executable().count());
    }
}
