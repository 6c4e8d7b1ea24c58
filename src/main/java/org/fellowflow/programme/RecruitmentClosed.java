package org.fellowflow.programme;

/** Published in the transaction that closes a phase's recruitment: every post is filled. */
public record RecruitmentClosed(String phaseKey) {
}
