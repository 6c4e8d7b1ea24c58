package org.fellowflow.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.fellowflow.programme.IllegalTransitionException;

/** The offer of a post to a candidate: open until accepted, declined or lapsed. */
@Entity
@Table(name = "offer")
class Offer {

    enum Answer { ACCEPTED, DECLINED, LAPSED }

    /** Who answered: the candidate through their private link, or a recruiter on their behalf. */
    enum AnsweredBy { CANDIDATE, RECRUITER, NOBODY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "post_number")
    private int postNumber;

    @Column(name = "made_on")
    private LocalDate madeOn;

    @Column(name = "lapses_on")
    private LocalDate lapsesOn;

    @Enumerated(EnumType.STRING)
    private Answer answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "answered_by")
    private AnsweredBy answeredBy;

    @Version
    private long version;

    protected Offer() {
    }

    Offer(Long applicationId, int postNumber, LocalDate madeOn, LocalDate lapsesOn) {
        this.applicationId = applicationId;
        this.postNumber = postNumber;
        this.madeOn = madeOn;
        this.lapsesOn = lapsesOn;
    }

    void answer(Answer answer, AnsweredBy by, LocalDate today) {
        if (this.answer != null) {
            throw new IllegalTransitionException("The offer has already been " + this.answer.name().toLowerCase());
        }
        this.answer = answer;
        this.answeredBy = by;
        this.answeredOn = today;
    }

    boolean isOpen() {
        return answer == null;
    }

    LocalDate lapsesOn() {
        return lapsesOn;
    }

    int postNumber() {
        return postNumber;
    }

    Answer answer() {
        return answer;
    }
}
