package org.fellowflow.programme;

/** No phase has the given key. */
public class UnknownPhaseException extends RuntimeException {

    public UnknownPhaseException(String key) {
        super("There is no phase " + key);
    }
}
