package org.fellowflow.journey;

/** Where a fellow's journey stands. */
public enum JourneyStage {
    ONBOARDING, IN_FELLOWSHIP, FINAL_REPORT, COMPLETED, WITHDRAWN
}
