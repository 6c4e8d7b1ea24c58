package org.fellowflow.placement;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An appointed candidate: the post they fill, their lead ICS and any further ICSs, and their start date. */
@Entity
@Table(name = "fellow")
public class Fellow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Column(name = "application_reference")
    private String applicationReference;

    @Column(name = "phase_key")
    private String phaseKey;

    @Column(name = "programme_key")
    private String programmeKey;

    @Column(name = "lead_ics")
    private String leadIcs;

    @ElementCollection
    @CollectionTable(name = "fellow_further_ics", joinColumns = @JoinColumn(name = "fellow_id"))
    @Column(name = "ics_code")
    private Set<String> furtherIcss = new LinkedHashSet<>();

    @Column(name = "start_date")
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    private FellowStatus status = FellowStatus.APPOINTED;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Version
    private long version;

    protected Fellow() {
    }

    Fellow(String applicationReference, String phaseKey, String programmeKey, IcsAssignment icss,
            LocalDate startDate) {
        this.reference = "F-" + applicationReference;
        this.applicationReference = applicationReference;
        this.phaseKey = phaseKey;
        this.programmeKey = programmeKey;
        this.leadIcs = icss.lead();
        this.furtherIcss.addAll(icss.further());
        this.startDate = startDate;
    }

    void start() {
        if (status == FellowStatus.APPOINTED) {
            status = FellowStatus.ACTIVE;
        }
    }

    void complete(LocalDate today) {
        status = FellowStatus.COMPLETED;
        endedOn = today;
    }

    void withdraw(String reason, LocalDate today) {
        if (status == FellowStatus.COMPLETED || status == FellowStatus.WITHDRAWN) {
            throw new IllegalStateException(
                    "Fellow " + reference + " has already " + status.name().toLowerCase());
        }
        status = FellowStatus.WITHDRAWN;
        withdrawnReason = reason;
        endedOn = today;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String programmeKey() {
        return programmeKey;
    }

    public String reference() {
        return reference;
    }

    public String applicationReference() {
        return applicationReference;
    }

    public String phaseKey() {
        return phaseKey;
    }

    public String leadIcs() {
        return leadIcs;
    }

    public List<String> furtherIcss() {
        return List.copyOf(furtherIcss);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public FellowStatus status() {
        return status;
    }
}
