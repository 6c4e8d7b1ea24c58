package org.fellowflow.recruitment;

/** Reads what Camunda Forms submit: a checkbox gives a boolean, a radio button the string "true" or "false". */
final class FormValues {

    private FormValues() {
    }

    static boolean isTrue(Object value) {
        return value instanceof Boolean bool ? bool : "true".equalsIgnoreCase(String.valueOf(value));
    }
}
