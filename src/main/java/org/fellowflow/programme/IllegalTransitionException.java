package org.fellowflow.programme;

/** A state change that the domain's rules forbid, e.g. offering a filled post. */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
