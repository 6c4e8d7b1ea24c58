package org.fellowflow.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One fellowship place in a phase: OPEN, then OFFERED to one application, then FILLED. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phase_id")
    private Phase phase;

    private int number;

    @Enumerated(EnumType.STRING)
    private PostState state = PostState.OPEN;

    /** The reference of the application the post is offered to or filled by. */
    @Column(name = "held_for")
    private String heldFor;

    @Version
    private long version;

    protected Post() {
    }

    Post(Phase phase, int number) {
        this.phase = phase;
        this.number = number;
    }

    public void offerTo(String applicationReference) {
        if (state != PostState.OPEN) {
            throw new IllegalTransitionException(
                    "Post %d of %s is %s and cannot be offered".formatted(number, phase.key(), state));
        }
        this.state = PostState.OFFERED;
        this.heldFor = applicationReference;
    }

    public void fill() {
        if (state != PostState.OFFERED) {
            throw new IllegalTransitionException(
                    "Post %d of %s is %s; only an offered post can be filled".formatted(number, phase.key(), state));
        }
        this.state = PostState.FILLED;
    }

    /** A declined or lapsed offer, or a fellow who withdraws before the start, makes the post open again. */
    public void release() {
        if (state == PostState.OPEN) {
            throw new IllegalTransitionException(
                    "Post %d of %s is already open".formatted(number, phase.key()));
        }
        this.state = PostState.OPEN;
        this.heldFor = null;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public PostState state() {
        return state;
    }

    public String heldFor() {
        return heldFor;
    }

    Phase phase() {
        return phase;
    }
}
