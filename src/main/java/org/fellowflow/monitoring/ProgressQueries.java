package org.fellowflow.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fellowflow.monitoring.PhaseProgress.OpenIncident;
import org.fellowflow.monitoring.PhaseProgress.Posts;
import org.fellowflow.monitoring.PhaseProgress.WaitingTask;
import org.fellowflow.recruitment.ApplicationStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress read model: every phase's figures from a fixed number of grouped SQL queries, however many
 * phases and applications there are. It reads the features' tables (and Camunda's task and incident
 * tables) directly, for reporting only; it changes nothing.
 */
@Component
class ProgressQueries {

    private final JdbcTemplate jdbc;
    private final MonitoringProperties properties;
    private final Clock clock;

    ProgressQueries(JdbcTemplate jdbc, MonitoringProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<PhaseProgress> all() {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> icsNames = new HashMap<>();
        jdbc.query("select code, name from ics", rs -> {
            icsNames.put(rs.getString(1), rs.getString(2));
        });
        Map<String, long[]> posts = new HashMap<>();
        jdbc.query("select ph.phase_key, po.state, count(*) from post po join phase ph on ph.id = po.phase_id "
                + "group by ph.phase_key, po.state", rs -> {
                    long[] counts = posts.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    counts[switch (rs.getString(2)) { case "OPEN" -> 0; case "OFFERED" -> 1; default -> 2; }] =
                            rs.getLong(3);
                });
        Map<String, Integer> readvertisements = new HashMap<>();
        jdbc.query("select ph.phase_key, count(*) from phase_readvertisement r join phase ph on ph.id = r.phase_id "
                + "group by ph.phase_key", rs -> {
                    readvertisements.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Map<String, Long>> funnels = new HashMap<>();
        Map<String, Long> reserve = new HashMap<>();
        jdbc.query("select phase_key, stage, outcome, count(*) from application group by phase_key, stage, outcome",
                rs -> {
                    Map<String, Long> funnel = funnels.computeIfAbsent(rs.getString(1), k -> emptyFunnel());
                    ApplicationStage stage = ApplicationStage.valueOf(rs.getString(2));
                    long count = rs.getLong(4);
                    funnel.merge("submitted", count, Long::sum);
                    if (stage == ApplicationStage.SCREENED_OUT) {
                        funnel.merge("screened out", count, Long::sum);
                    }
                    if (FunnelStages.SHORTLISTED.contains(stage)) {
                        funnel.merge("shortlisted", count, Long::sum);
                    }
                    if (FunnelStages.INTERVIEWED.contains(stage)) {
                        funnel.merge("interviewed", count, Long::sum);
                    }
                    if ("APPOINTABLE".equals(rs.getString(3))) {
                        funnel.merge("appointable", count, Long::sum);
                    }
                    if (stage == ApplicationStage.RESERVE) {
                        funnel.merge("reserve", count, Long::sum);
                        reserve.merge(rs.getString(1), count, Long::sum);
                    }
                    if (stage == ApplicationStage.APPOINTED) {
                        funnel.merge("appointed", count, Long::sum);
                    }
                });
        jdbc.query("select a.phase_key, count(*) from offer o join application a on a.id = o.application_id "
                + "group by a.phase_key", rs -> {
                    funnels.computeIfAbsent(rs.getString(1), k -> emptyFunnel()).put("offered", rs.getLong(2));
                });
        Map<String, Map<String, Long>> byLead = new HashMap<>();
        Map<String, Map<String, Long>> byServed = new HashMap<>();
        jdbc.query("select phase_key, lead_ics, status, count(*) from fellow group by phase_key, lead_ics, status",
                rs -> {
                    if ("WITHDRAWN".equals(rs.getString(3))) {
                        funnels.computeIfAbsent(rs.getString(1), k -> emptyFunnel())
                                .merge("withdrawn", rs.getLong(4), Long::sum);
                        return;
                    }
                    String ics = icsNames.getOrDefault(rs.getString(2), rs.getString(2));
                    byLead.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).merge(ics, rs.getLong(4), Long::sum);
                    byServed.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).merge(ics, rs.getLong(4), Long::sum);
                });
        jdbc.query("select f.phase_key, fi.ics_code, count(*) from fellow_further_ics fi join fellow f "
                + "on f.id = fi.fellow_id where f.status <> 'WITHDRAWN' group by f.phase_key, fi.ics_code", rs -> {
                    byServed.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .merge(icsNames.getOrDefault(rs.getString(2), rs.getString(2)), rs.getLong(3), Long::sum);
                });
        Map<String, Map<String, Long>> journeys = new HashMap<>();
        jdbc.query("select phase_key, stage, count(*) from journey group by phase_key, stage", rs -> {
            journeys.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        Map<String, List<WaitingTask>> waiting = new HashMap<>();
        Timestamp before = Timestamp.from(clock.instant().minus(properties.taskWaitingAfter()));
        jdbc.query("select t.ID_, t.NAME_, t.ASSIGNEE_, t.CREATE_TIME_, e.BUSINESS_KEY_ from ACT_RU_TASK t "
                + "join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ where t.CREATE_TIME_ < ? "
                + "order by t.CREATE_TIME_", rs -> {
                    String reference = rs.getString(5);
                    waiting.computeIfAbsent(phaseOf(reference), k -> new ArrayList<>()).add(new WaitingTask(
                            rs.getString(1), rs.getString(2), reference, rs.getString(3),
                            Duration.between(rs.getTimestamp(4).toInstant(), clock.instant()).toDays()));
                }, before);
        Map<String, List<OpenIncident>> incidents = new HashMap<>();
        jdbc.query("select i.ID_, i.ACTIVITY_ID_, i.INCIDENT_MSG_, e.BUSINESS_KEY_ from ACT_RU_INCIDENT i "
                + "join ACT_RU_EXECUTION e on e.ID_ = i.PROC_INST_ID_", rs -> {
                    String reference = rs.getString(4);
                    incidents.computeIfAbsent(phaseOf(reference), k -> new ArrayList<>()).add(new OpenIncident(
                            rs.getString(1), reference, rs.getString(2), rs.getString(3)));
                });
        List<PhaseProgress> phases = new ArrayList<>();
        jdbc.query("select p.phase_key, p.name, p.status, p.launch_date, p.start_date, p.recruitment_opened_on, "
                + "p.filled_on, pr.programme_key, pr.name, pr.fellowship_length from phase p "
                + "join programme pr on pr.id = p.programme_id order by p.launch_date, p.phase_key", rs -> {
                    String key = rs.getString(1);
                    String status = rs.getString(3);
                    LocalDate start = rs.getObject(5, LocalDate.class);
                    LocalDate opened = rs.getObject(6, LocalDate.class);
                    LocalDate filled = rs.getObject(7, LocalDate.class);
                    long[] postCounts = posts.getOrDefault(key, new long[3]);
                    Long daysRecruiting = opened == null ? null
                            : ChronoUnit.DAYS.between(opened, filled != null ? filled : today);
                    Long daysToFill = opened != null && filled != null ? ChronoUnit.DAYS.between(opened, filled) : null;
                    phases.add(new PhaseProgress(key, rs.getString(2), rs.getString(8), rs.getString(9), status,
                            rs.getObject(4, LocalDate.class), start, start.plus(Period.parse(rs.getString(10))),
                            new Posts(postCounts[0], postCounts[1], postCounts[2]),
                            funnels.getOrDefault(key, emptyFunnel()), reserve.getOrDefault(key, 0L), daysRecruiting,
                            readvertisements.getOrDefault(key, 0), daysToFill, byLead.getOrDefault(key, Map.of()),
                            byServed.getOrDefault(key, Map.of()), journeys.getOrDefault(key, Map.of()),
                            waiting.getOrDefault(key, List.of()), incidents.getOrDefault(key, List.of())));
                });
        return phases;
    }

    /** Application references are PHASE-NNNN, fellows' F-PHASE-NNNN, phases their own key. */
    static String phaseOf(String businessKey) {
        if (businessKey == null) {
            return "";
        }
        String key = businessKey.startsWith("F-") ? businessKey.substring(2) : businessKey;
        return key.matches(".*-\\d{4}") ? key.substring(0, key.lastIndexOf('-')) : key;
    }

    private static Map<String, Long> emptyFunnel() {
        Map<String, Long> funnel = new LinkedHashMap<>();
        PhaseProgress.FUNNEL.forEach(stage -> funnel.put(stage, 0L));
        return funnel;
    }

}
