package org.fellowflow.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An applicant's equality-monitoring answers: linked by id, used only for fairness figures. */
@Entity
@Table(name = "equality_answers")
class EqualityAnswers {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "age_band")
    private String ageBand;

    private String sex;
    private String ethnicity;
    private String disability;

    protected EqualityAnswers() {
    }

    EqualityAnswers(Long applicationId, ApplicationForm.EqualityForm form) {
        this.applicationId = applicationId;
        this.ageBand = form.ageBand();
        this.sex = form.sex();
        this.ethnicity = form.ethnicity();
        this.disability = form.disability();
    }
}
