package org.fellowflow.journey;

/** Reads what Camunda Forms submit: a checkbox gives a boolean, a radio button the string "true" or "false". */
final class FormAnswers {

    private FormAnswers() {
    }

    static boolean isTrue(Object value) {
        return value instanceof Boolean bool ? bool : "true".equalsIgnoreCase(String.valueOf(value));
    }
}
