package org.fellowflow.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How far a phase has come, as admins follow it.
 *
 * @param applications the funnel: submitted, screened out, shortlisted, interviewed, appointable, reserve,
 *        offered, appointed, withdrawn (each application counts in every stage it has reached)
 * @param daysRecruiting days from the opening of recruitment to its close (or to today while it recruits)
 * @param daysToFill days from the opening of recruitment to the last post filled; null while any is open
 * @param fellowsByLeadIcs fellows (not withdrawn) by lead ICS name
 * @param fellowsByIcsServed fellows (not withdrawn) by every ICS their project serves
 */
public record PhaseProgress(String key, String name, String programmeKey, String programmeName, String status,
        LocalDate launchDate, LocalDate startDate, LocalDate endDate, Posts posts, Map<String, Long> applications,
        long reserveList, Long daysRecruiting, int readvertisements, Long daysToFill,
        Map<String, Long> fellowsByLeadIcs, Map<String, Long> fellowsByIcsServed, Map<String, Long> journeys,
        List<WaitingTask> tasksWaiting, List<OpenIncident> incidents) {

    public record Posts(long open, long offered, long filled) {
    }

    /** A task waiting longer than the threshold, with who holds it. */
    public record WaitingTask(String taskId, String name, String reference, String assignee, long waitingDays) {
    }

    public record OpenIncident(String id, String reference, String activity, String message) {
    }

    static final List<String> FUNNEL = List.of("submitted", "screened out", "shortlisted", "interviewed",
            "appointable", "reserve", "offered", "appointed", "withdrawn");
}
