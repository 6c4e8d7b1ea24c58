package org.fellowflow.panel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * One panel member's assessment of one application in one round; a conflicted member's scores do not count.
 * Read here, never changed: {@link PanelService} adds the rows in plain SQL.
 */
@Entity
@Immutable
@Table(name = "assessment")
class Assessment {

    @Id
    private Long id;

    @Column(name = "application_reference")
    private String applicationReference;

    @Enumerated(EnumType.STRING)
    private AssessmentRound round;

    @Column(name = "panel_member")
    private String panelMember;

    @Column(name = "conflict_of_interest")
    private boolean conflictOfInterest;

    @Column(name = "conflict_note")
    private String conflictNote;

    // A summary reads every assessment's scores: one query for all of them that are in the session, not one each.
    @ElementCollection
    @BatchSize(size = 16)
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "score")
    private List<Integer> scores = new ArrayList<>();

    private String recommendation;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Assessment() {
    }

    boolean counts() {
        return !conflictOfInterest;
    }

    AssessmentRound round() {
        return round;
    }

    String panelMember() {
        return panelMember;
    }

    List<Integer> scores() {
        return List.copyOf(scores);
    }

    String recommendation() {
        return recommendation;
    }
}
