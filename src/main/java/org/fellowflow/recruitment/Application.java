package org.fellowflow.recruitment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.fellowflow.programme.IllegalTransitionException;

/** One person's bid for a post in a phase. Personal data lives here, never in process variables. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Column(name = "phase_key")
    private String phaseKey;

    private String name;
    private String email;

    @Column(name = "email_normalised")
    private String emailNormalised;

    private String phone;
    private String employer;

    @Column(name = "job_role")
    private String role;

    @Column(name = "home_ics")
    private String homeIcs;

    @ElementCollection
    @CollectionTable(name = "application_project_ics", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "ics_code")
    private Set<String> projectIcss = new LinkedHashSet<>();

    @Column(name = "proposal_title")
    private String proposalTitle;

    @Column(name = "proposal_summary")
    private String proposalSummary;

    @ElementCollection
    @CollectionTable(name = "application_statement", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "statement")
    private Map<String, String> statements = new LinkedHashMap<>();

    private boolean consent;

    @Column(name = "guaranteed_interview")
    private boolean guaranteedInterview;

    @Column(name = "status_token")
    private String statusToken;

    @Enumerated(EnumType.STRING)
    private ApplicationStage stage = ApplicationStage.SUBMITTED;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "screening_reason")
    private String screeningReason;

    @Column(name = "shortlisting_score")
    private Double shortlistingScore;

    @Column(name = "interview_at")
    private LocalDateTime interviewAt;

    @Column(name = "interview_location")
    private String interviewLocation;

    @Column(name = "interview_score")
    private Double interviewScore;

    @Column(name = "suggested_outcome")
    private String suggestedOutcome;

    private String outcome;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "checks_references")
    private Boolean referencesChecked;

    @Column(name = "checks_right_to_work")
    private Boolean rightToWorkChecked;

    @Column(name = "checks_health")
    private Boolean occupationalHealthChecked;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(String reference, String phaseKey, ApplicationForm form, String statusToken, Instant submittedAt) {
        this.reference = reference;
        this.phaseKey = phaseKey;
        this.name = form.name().strip();
        this.email = form.email().strip();
        this.emailNormalised = normalise(form.email());
        this.phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
        this.employer = form.employer().strip();
        this.role = form.role().strip();
        this.homeIcs = form.homeIcs();
        this.projectIcss.addAll(form.projectIcss());
        this.proposalTitle = form.proposalTitle().strip();
        this.proposalSummary = form.proposalSummary().strip();
        this.statements.putAll(form.statements());
        this.consent = Boolean.TRUE.equals(form.consent());
        this.guaranteedInterview = Boolean.TRUE.equals(form.guaranteedInterview());
        this.statusToken = statusToken;
        this.submittedAt = submittedAt;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    void recordScreening(boolean eligible, String reason, Instant now) {
        require("record screening", ApplicationStage.SUBMITTED);
        this.screeningReason = reason;
        moveTo(eligible ? ApplicationStage.SHORTLISTING : ApplicationStage.SCREENED_OUT, now);
    }

    void recordShortlisting(boolean shortlisted, double meanScore, Instant now) {
        require("record shortlisting", ApplicationStage.SHORTLISTING);
        this.shortlistingScore = meanScore;
        moveTo(shortlisted ? ApplicationStage.INTERVIEW_SCHEDULED : ApplicationStage.NOT_SHORTLISTED, now);
    }

    void scheduleInterview(LocalDateTime at, String location) {
        require("schedule an interview", ApplicationStage.INTERVIEW_SCHEDULED);
        this.interviewAt = at;
        this.interviewLocation = location;
    }

    void interviewHeld() {
        if (stage == ApplicationStage.INTERVIEWED) {
            return;
        }
        require("hold the interview", ApplicationStage.INTERVIEW_SCHEDULED);
        stage = ApplicationStage.INTERVIEWED;
    }

    /** The chair's confirmation (or overturning) of the panel's suggested outcome. */
    void recordOutcome(String suggested, String confirmed, String reason, double interviewScore, Instant now) {
        require("record the outcome", ApplicationStage.INTERVIEWED);
        if (!confirmed.equals(suggested) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Overturning the panel's outcome needs a reason");
        }
        this.suggestedOutcome = suggested;
        this.outcome = confirmed;
        this.outcomeReason = reason;
        this.interviewScore = interviewScore;
        if ("NOT_APPOINTABLE".equals(confirmed)) {
            moveTo(ApplicationStage.NOT_APPOINTABLE, now);
        }
    }

    void joinReserveList() {
        require("join the reserve list", ApplicationStage.INTERVIEWED, ApplicationStage.RESERVE);
        stage = ApplicationStage.RESERVE;
    }

    void offered() {
        require("be offered a post", ApplicationStage.INTERVIEWED, ApplicationStage.RESERVE);
        stage = ApplicationStage.OFFERED;
    }

    void answerOffer(boolean accepted, Instant now) {
        require("answer an offer", ApplicationStage.OFFERED);
        if (accepted) {
            stage = ApplicationStage.ACCEPTED;
        } else {
            moveTo(ApplicationStage.DECLINED, now);
        }
    }

    void offerLapsed(Instant now) {
        require("let an offer lapse", ApplicationStage.OFFERED);
        moveTo(ApplicationStage.LAPSED, now);
    }

    void recordChecks(boolean references, boolean rightToWork, boolean occupationalHealth, Instant now) {
        require("record pre-start checks", ApplicationStage.ACCEPTED);
        this.referencesChecked = references;
        this.rightToWorkChecked = rightToWork;
        this.occupationalHealthChecked = occupationalHealth;
        if (!checksPassed()) {
            moveTo(ApplicationStage.CHECKS_FAILED, now);
        }
    }

    void appointed(Instant now) {
        require("be appointed", ApplicationStage.ACCEPTED);
        moveTo(ApplicationStage.APPOINTED, now);
    }

    void recruitmentClosed(Instant now) {
        if (!stage.isBeforeInterview()) {
            throw new IllegalTransitionException("Application %s is %s, past the interview".formatted(reference, stage));
        }
        moveTo(ApplicationStage.RECRUITMENT_CLOSED, now);
    }

    void reserveListClosed(Instant now) {
        require("leave the closed reserve list", ApplicationStage.RESERVE);
        moveTo(ApplicationStage.NOT_APPOINTED, now);
    }

    boolean checksPassed() {
        return Boolean.TRUE.equals(referencesChecked) && Boolean.TRUE.equals(rightToWorkChecked)
                && Boolean.TRUE.equals(occupationalHealthChecked);
    }

    private void moveTo(ApplicationStage next, Instant now) {
        stage = next;
        if (next.isEnded()) {
            endedAt = now;
        }
    }

    private void require(String action, ApplicationStage... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(stage)) {
            throw new IllegalTransitionException(
                    "Application %s is %s and cannot %s".formatted(reference, stage, action));
        }
    }

    public String reference() {
        return reference;
    }

    public String phaseKey() {
        return phaseKey;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String employer() {
        return employer;
    }

    public String role() {
        return role;
    }

    public String homeIcs() {
        return homeIcs;
    }

    public Set<String> projectIcss() {
        return Set.copyOf(projectIcss);
    }

    public String proposalTitle() {
        return proposalTitle;
    }

    public String proposalSummary() {
        return proposalSummary;
    }

    public Map<String, String> statements() {
        return Map.copyOf(statements);
    }

    public boolean guaranteedInterview() {
        return guaranteedInterview;
    }

    public String statusToken() {
        return statusToken;
    }

    public ApplicationStage stage() {
        return stage;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String screeningReason() {
        return screeningReason;
    }

    public Double shortlistingScore() {
        return shortlistingScore;
    }

    public LocalDateTime interviewAt() {
        return interviewAt;
    }

    public String interviewLocation() {
        return interviewLocation;
    }

    public Double interviewScore() {
        return interviewScore;
    }

    public String outcome() {
        return outcome;
    }

    public String outcomeReason() {
        return outcomeReason;
    }

    public Instant endedAt() {
        return endedAt;
    }

    Long id() {
        return id;
    }

    /** The row's version as this copy last read or wrote it. */
    long version() {
        return version;
    }
}
