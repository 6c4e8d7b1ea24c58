package org.fellowflow.identity;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Marks the request thread while a task completion arrives through a Camunda API, so that the engine checks
 * the completion's variables against the task's form inside the completion's own command ({@link
 * FormVariablesCheck}), and tells the engine API guard what the check found.
 */
final class ApiCompletion {

    private static final ThreadLocal<ApiCompletion> CURRENT = new ThreadLocal<>();

    private Set<String> undeclared = Set.of();

    private ApiCompletion() {
    }

    /** The next task completion on this thread comes from the API; the caller must {@link #end()} it. */
    static ApiCompletion begin() {
        ApiCompletion completion = new ApiCompletion();
        CURRENT.set(completion);
        return completion;
    }

    /** The completion marked on this thread, taken so that only one command checks it; null when none. */
    static ApiCompletion take() {
        ApiCompletion completion = CURRENT.get();
        CURRENT.remove();
        return completion;
    }

    static void end() {
        CURRENT.remove();
    }

    void refuse(SortedSet<String> names) {
        // Sorted, so that the refusal names them in the same order every time.
        undeclared = Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /** The submitted variables the task's form does not define; empty when the completion was not refused. */
    Set<String> undeclared() {
        return undeclared;
    }

    /** Why the completion was refused, for the caller. */
    String refusal() {
        return "The task's form does not define these variables: " + String.join(", ", undeclared);
    }
}
