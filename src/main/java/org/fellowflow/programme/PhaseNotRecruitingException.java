package org.fellowflow.programme;

/** An application was made to a phase that is not taking applications. */
public class PhaseNotRecruitingException extends RuntimeException {

    public PhaseNotRecruitingException(String key, String name, PhaseStatus status) {
        super(switch (status) {
            case PLANNED -> "The %s phase (%s) has not opened for applications yet.".formatted(name, key);
            case FILLED, STARTED -> "The %s phase (%s) is closed: every post has been filled.".formatted(name, key);
            default -> "The %s phase (%s) is not taking applications.".formatted(name, key);
        });
    }
}
