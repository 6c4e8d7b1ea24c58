package org.fellowflow.recruitment;

/** The same email address has already applied to the phase. */
public class DuplicateApplicationException extends RuntimeException {

    private final String existingReference;

    DuplicateApplicationException(String phaseKey, String existingReference) {
        super("This email address has already applied to phase %s, as application %s."
                .formatted(phaseKey, existingReference));
        this.existingReference = existingReference;
    }

    public String existingReference() {
        return existingReference;
    }
}
