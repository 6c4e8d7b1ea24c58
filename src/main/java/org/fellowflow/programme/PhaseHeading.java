package org.fellowflow.programme;

import java.time.LocalDate;

/** What messages and pages name a phase by, read without any of the phase's collections. */
public record PhaseHeading(String name, String programmeName, LocalDate startDate) {
}
