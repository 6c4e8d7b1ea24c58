package org.fellowflow.programme;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The dates the phase process's timers wait for, read from the phase table when a timer is created,
 * so the table stays the one source of a phase's dates.
 */
@Component("phaseCalendar")
public class PhaseCalendar {

    private final PhaseRepository phases;
    private final ProgrammeProperties properties;

    PhaseCalendar(PhaseRepository phases, ProgrammeProperties properties) {
        this.phases = phases;
        this.properties = properties;
    }

    public Date launchDate(DelegateExecution execution) {
        return startOfDay(phase(execution).launchDate());
    }

    public Date startDate(DelegateExecution execution) {
        return startOfDay(phase(execution).startDate());
    }

    /** An ISO-8601 repeating interval, e.g. R/P28D, for the re-advertising timer. */
    public String readvertiseCycle(DelegateExecution execution) {
        return "R/" + phase(execution).programme().readvertiseEvery();
    }

    Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(properties.timeZone()).toInstant());
    }

    private Phase phase(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        return phases.findByKey(key).orElseThrow(() -> new UnknownPhaseException(key));
    }
}
