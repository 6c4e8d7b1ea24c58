package org.fellowflow.recruitment;

/** No application has the given reference, or the private link is wrong or has expired. */
public class UnknownApplicationException extends RuntimeException {

    UnknownApplicationException(String what) {
        super("There is no application " + what);
    }
}
