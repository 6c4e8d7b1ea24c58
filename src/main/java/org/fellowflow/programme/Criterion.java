package org.fellowflow.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of a programme's panel criteria, against which applicants write a statement and panels score. */
@Embeddable
public record Criterion(@Column(name = "name") String name, @Column(name = "description") String description) {
}
