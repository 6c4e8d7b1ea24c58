package org.fellowflow.journey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fellowflow.programme.IllegalTransitionException;

/** A fellow's journey through the fellowship, from onboarding to completion or withdrawal. */
@Entity
@Table(name = "journey")
public class Journey {

    @Embeddable
    public static class ModuleProgress {
        private String name;
        @Column(name = "due_on")
        private LocalDate dueOn;
        @Column(name = "completed_on")
        private LocalDate completedOn;
        @Column(name = "followed_up")
        private boolean followedUp;

        protected ModuleProgress() {
        }

        ModuleProgress(String name, LocalDate dueOn) {
            this.name = name;
            this.dueOn = dueOn;
        }

        public String name() {
            return name;
        }

        public LocalDate dueOn() {
            return dueOn;
        }

        public LocalDate completedOn() {
            return completedOn;
        }

        boolean overdueOn(LocalDate today) {
            return completedOn == null && dueOn.isBefore(today);
        }
    }

    /** A supervisor's record of one regular check-in. */
    @Embeddable
    public record CheckIn(@Column(name = "held_on") LocalDate heldOn, String progress, String risks,
            String support) {
    }

    /** A knowledge mobilisation output of the fellow's final report. */
    @Embeddable
    public record Output(String title, String kind, String audience, String link) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fellow_reference")
    private String fellowReference;

    @Column(name = "phase_key")
    private String phaseKey;

    @Enumerated(EnumType.STRING)
    private JourneyStage stage = JourneyStage.ONBOARDING;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "host_team")
    private String hostTeam;

    private String supervisor;

    @Column(name = "hours_per_week")
    private Double hoursPerWeek;

    @Column(name = "backfill_agreement")
    private String backfillAgreement;

    @Column(name = "community_of_practice")
    private String communityOfPractice;

    @Column(name = "mid_point_on_track")
    private Boolean midPointOnTrack;

    @Column(name = "mid_point_notes")
    private String midPointNotes;

    @Column(name = "final_report_summary")
    private String finalReportSummary;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ElementCollection
    @CollectionTable(name = "journey_module", joinColumns = @JoinColumn(name = "journey_id"))
    @OrderColumn(name = "position")
    private List<ModuleProgress> modules = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "journey_check_in", joinColumns = @JoinColumn(name = "journey_id"))
    @OrderColumn(name = "position")
    private List<CheckIn> checkIns = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "journey_output", joinColumns = @JoinColumn(name = "journey_id"))
    @OrderColumn(name = "position")
    private List<Output> outputs = new ArrayList<>();

    @Version
    private long version;

    protected Journey() {
    }

    Journey(String fellowReference, String phaseKey, LocalDate startDate, LocalDate endDate) {
        this.fellowReference = fellowReference;
        this.phaseKey = phaseKey;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    void planModule(String name, LocalDate dueOn) {
        modules.add(new ModuleProgress(name, dueOn));
    }

    void onboard(String hostTeam, String supervisor, double hoursPerWeek, String backfillAgreement) {
        requireActive();
        this.hostTeam = hostTeam;
        this.supervisor = supervisor;
        this.hoursPerWeek = hoursPerWeek;
        this.backfillAgreement = backfillAgreement;
    }

    void enrol(String communityOfPractice) {
        requireActive();
        this.communityOfPractice = communityOfPractice;
        this.stage = JourneyStage.IN_FELLOWSHIP;
    }

    void completeModule(String name, LocalDate today) {
        requireActive();
        ModuleProgress module = modules.stream().filter(m -> m.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No training module '" + name + "'"));
        if (module.completedOn == null) {
            module.completedOn = today;
        }
    }

    /** Overdue modules not yet followed up; each is followed up once. */
    List<String> followUpOverdueModules(LocalDate today) {
        List<String> overdue = new ArrayList<>();
        for (ModuleProgress module : modules) {
            if (module.overdueOn(today) && !module.followedUp) {
                module.followedUp = true;
                overdue.add(module.name);
            }
        }
        return overdue;
    }

    void recordCheckIn(CheckIn checkIn) {
        requireActive();
        checkIns.add(checkIn);
    }

    void reviewMidPoint(boolean onTrack, String notes) {
        requireActive();
        this.midPointOnTrack = onTrack;
        this.midPointNotes = notes;
    }

    void reportFinal(String summary, List<Output> outputs) {
        requireActive();
        this.stage = JourneyStage.FINAL_REPORT;
        this.finalReportSummary = summary;
        this.outputs.clear();
        this.outputs.addAll(outputs);
    }

    void complete(LocalDate today) {
        if (stage != JourneyStage.FINAL_REPORT) {
            throw new IllegalTransitionException("Journey " + fellowReference + " is " + stage + "; it completes "
                    + "after its final report");
        }
        stage = JourneyStage.COMPLETED;
        endedOn = today;
    }

    void withdraw(String reason, LocalDate today) {
        requireActive();
        stage = JourneyStage.WITHDRAWN;
        withdrawnReason = reason;
        endedOn = today;
    }

    void extend(LocalDate newEnd, String reason) {
        requireActive();
        if (!newEnd.isAfter(endDate)) {
            throw new IllegalArgumentException("An extension ends after " + endDate + ", not on " + newEnd);
        }
        this.endDate = newEnd;
        this.extensionReason = reason;
    }

    /** Half-way between the start and the (possibly extended) end. */
    LocalDate midPoint() {
        return startDate.plusDays(java.time.temporal.ChronoUnit.DAYS.between(startDate, endDate) / 2);
    }

    private void requireActive() {
        if (stage == JourneyStage.COMPLETED || stage == JourneyStage.WITHDRAWN) {
            throw new IllegalTransitionException("Journey " + fellowReference + " has ended (" + stage + ")");
        }
    }

    public String fellowReference() { return fellowReference; }
    public String phaseKey() { return phaseKey; }
    public JourneyStage stage() { return stage; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public String hostTeam() { return hostTeam; }
    public String supervisor() { return supervisor; }
    public Double hoursPerWeek() { return hoursPerWeek; }
    public String backfillAgreement() { return backfillAgreement; }
    public String communityOfPractice() { return communityOfPractice; }
    public Boolean midPointOnTrack() { return midPointOnTrack; }
    public String midPointNotes() { return midPointNotes; }
    public String finalReportSummary() { return finalReportSummary; }
    public String extensionReason() { return extensionReason; }
    public String withdrawnReason() { return withdrawnReason; }
    public LocalDate endedOn() { return endedOn; }
    public List<ModuleProgress> modules() { return List.copyOf(modules); }
    public List<CheckIn> checkIns() { return List.copyOf(checkIns); }
    public List<Output> outputs() { return List.copyOf(outputs); }
}
