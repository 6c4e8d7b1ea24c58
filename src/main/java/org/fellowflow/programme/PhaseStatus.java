package org.fellowflow.programme;

/**
 * Where a phase stands; always matches the position of its fellowship-phase process.
 * LATE is recruiting past the fellows' start date with posts still open; ENDED, every fellow's journey has ended.
 */
public enum PhaseStatus {
    PLANNED, RECRUITING, LATE, FILLED, STARTED, ENDED;

    public boolean isRecruiting() {
        return this == RECRUITING || this == LATE;
    }
}
