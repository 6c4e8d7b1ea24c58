package org.fellowflow.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * The admins' progress dashboard (/admin/** is admin-only): the phases' timeline, posts, funnel, reserve lists,
 * time to fill and what is stuck, fellows per ICS and the fairness of appointment from shortlisting, drawn on
 * the server and readable without JavaScript; each table also as CSV. Its figures come from a fixed number of
 * queries, however many phases and applications there are.
 */
@Controller
class DashboardController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** A task waiting too long, with its link into Tasklist. */
    record StuckTask(String name, String reference, String assignee, long waitingDays, String href) {
    }

    /** An open incident, with its link into Cockpit. */
    record StuckIncident(String id, String reference, String activity, String message, String href) {
    }

    record StuckPhase(String key, String name, List<StuckTask> tasks, List<StuckIncident> incidents) {
    }

    private final ProgressQueries progress;
    private final FairnessQueries fairness;
    private final IcsCoverage icsCoverage;
    private final MonitoringProperties properties;
    private final Clock clock;
    private final String webapps;
    private final String engine;

    DashboardController(ProgressQueries progress, FairnessQueries fairness, IcsCoverage icsCoverage,
            MonitoringProperties properties, Clock clock,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps,
            @Value("${camunda.bpm.process-engine-name:default}") String engine) {
        this.progress = progress;
        this.fairness = fairness;
        this.icsCoverage = icsCoverage;
        this.properties = properties;
        this.clock = clock;
        this.webapps = webapps;
        this.engine = engine;
    }

    @GetMapping("/admin/dashboard")
    @Transactional(readOnly = true)
    String page(@RequestParam(required = false) String phase, HttpServletRequest request, Model model) {
        List<PhaseProgress> phases = progress.all();
        LocalDate today = LocalDate.now(clock);
        List<IcsCoverage.Row> ics = icsCoverage.across(phases);
        Fairness figures = fairness(phase);
        model.addAttribute("today", today);
        model.addAttribute("phases", phases);
        model.addAttribute("funnelStages", PhaseProgress.FUNNEL);
        model.addAttribute("funnelHeadings", PhaseProgress.FUNNEL.stream().map(DashboardTables::capitalised).toList());
        model.addAttribute("timelineSvg", TimelineSvg.render(phases, today));
        model.addAttribute("stuck", stuck(phases, request.getContextPath()));
        model.addAttribute("waitingAfterDays", properties.taskWaitingAfter().toDays());
        model.addAttribute("ics", ics);
        model.addAttribute("icsSvg", IcsChartSvg.render(ics));
        model.addAttribute("fairness", figures);
        model.addAttribute("fairnessRows", fairnessRows(figures));
        model.addAttribute("fairnessPhase", figures.phase());
        model.addAttribute("fairnessScope", figures.phase() == null ? "all phases" : phases.stream()
                .filter(p -> p.key().equals(figures.phase())).map(PhaseProgress::name).findFirst()
                .orElse(figures.phase()));
        model.addAttribute("countFigures", List.of("applicants", "shortlisted", "appointed"));
        model.addAttribute("bmeGroup", FairnessQueries.BME);
        return "admin/dashboard";
    }

    @GetMapping("/admin/dashboard/{table}.csv")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String phase) {
        DashboardTables.Table rows = switch (table) {
            case "phases" -> DashboardTables.phases(progress.all());
            case "funnel" -> DashboardTables.funnel(progress.all());
            case "ics" -> DashboardTables.ics(icsCoverage.across(progress.all()));
            case "fairness" -> DashboardTables.fairness(fairness(phase));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is no table " + table + "; there are " + String.join(", ", DashboardTables.NAMES));
        };
        String scope = "fairness".equals(table) && phase != null && !phase.isBlank()
                ? "-" + phase.replaceAll("[^A-Za-z0-9_-]", "_") : "";
        String filename = "fellowflow-" + table + scope + "-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(rows.csv().getBytes(StandardCharsets.UTF_8));
    }

    /** Every phase together, or the one asked for (404 when there is no such phase). */
    private Fairness fairness(String phase) {
        if (phase == null || phase.isBlank()) {
            return fairness.all();
        }
        return fairness.phase(phase)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no phase " + phase));
    }

    private static List<Fairness.Row> fairnessRows(Fairness figures) {
        List<Fairness.Row> rows = new ArrayList<>(figures.groups());
        rows.add(figures.blackAndMinorityEthnic());
        return rows;
    }

    private List<StuckPhase> stuck(List<PhaseProgress> phases, String contextPath) {
        String base = contextPath + webapps + "/app/";
        List<StuckPhase> stuck = new ArrayList<>();
        for (PhaseProgress phase : phases) {
            if (phase.tasksWaiting().isEmpty() && phase.incidents().isEmpty()) {
                continue;
            }
            stuck.add(new StuckPhase(phase.key(), phase.name(), phase.tasksWaiting().stream()
                    .map(task -> new StuckTask(task.name(), task.reference(), task.assignee(), task.waitingDays(),
                            base + "tasklist/" + encode(engine) + "/#/?task=" + encode(task.taskId())))
                    .toList(), phase.incidents().stream()
                    .map(incident -> new StuckIncident(incident.id(), incident.reference(), incident.activity(),
                            incident.message(), base + "cockpit/" + encode(engine) + "/#/incident?id="
                                    + encode(incident.id())))
                    .toList()));
        }
        return stuck;
    }

    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
