package org.fellowflow.programme;

/** Where a post stands: open to candidates, held for one candidate's offer, or filled. */
public enum PostState {
    OPEN, OFFERED, FILLED
}
