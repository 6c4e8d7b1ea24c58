package org.fellowflow.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A training module at the ARC KSS Academy.
 *
 * @param dueMonth the month of the fellowship by which it is due, counted from the start (1 = the first month)
 */
@Embeddable
public record TrainingModule(@Column(name = "name") String name, @Column(name = "due_month") int dueMonth) {
}
