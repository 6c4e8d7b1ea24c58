package org.fellowflow.programme;

import java.util.List;

/** The programme file cannot be used; the message names the file and, for each problem, the phase and field. */
public class InvalidProgrammeDataException extends RuntimeException {

    private final List<String> problems;

    InvalidProgrammeDataException(String source, List<String> problems) {
        super("Programme data in " + source + " is not valid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
