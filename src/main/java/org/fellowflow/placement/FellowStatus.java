package org.fellowflow.placement;

/** Where a fellow stands: appointed and awaiting the start, in the fellowship, or ended. */
public enum FellowStatus {
    APPOINTED, ACTIVE, COMPLETED, WITHDRAWN
}
