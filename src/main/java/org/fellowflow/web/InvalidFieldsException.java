package org.fellowflow.web;

import java.util.Map;
import java.util.TreeMap;

/** Input that breaks a rule only the domain can check (an unknown ICS, a missing statement); 400, per field. */
public class InvalidFieldsException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidFieldsException(Map<String, String> errors) {
        super("Invalid fields: " + errors.keySet());
        this.errors = new TreeMap<>(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
