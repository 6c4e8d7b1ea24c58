package org.fellowflow.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fellowflow.notification.ApplicantDirectory;
import org.fellowflow.placement.PlacementService;
import org.fellowflow.programme.PhaseHeading;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.ProgrammeProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What an applicant's messages say, read from the application when the message is sent. */
@Component
class ApplicantMailFacts implements ApplicantDirectory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final ApplicationRepository applications;
    private final OfferRepository offers;
    private final PhaseRegistry phases;
    private final PlacementService placement;
    private final RecruitmentProperties properties;
    private final ProgrammeProperties programmes;

    ApplicantMailFacts(ApplicationRepository applications, OfferRepository offers, PhaseRegistry phases,
            PlacementService placement, RecruitmentProperties properties, ProgrammeProperties programmes) {
        this.applications = applications;
        this.offers = offers;
        this.phases = phases;
        this.placement = placement;
        this.properties = properties;
        this.programmes = programmes;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Applicant> applicant(String reference) {
        return applications.findByReference(reference).map(application -> {
            PhaseHeading phase = phases.heading(application.phaseKey());
            Map<String, Object> facts = new HashMap<>();
            facts.put("reference", application.reference());
            facts.put("phaseName", phase.name());
            facts.put("programmeName", phase.programmeName());
            facts.put("proposalTitle", application.proposalTitle());
            facts.put("statusLink", properties.statusLink(application.statusToken()));
            facts.put("tasklistLink", properties.publicUrl().toString().replaceAll("/$", "") + "/camunda/app/tasklist/");
            facts.put("reason", application.screeningReason());
            facts.put("feedback", application.outcomeReason());
            facts.put("shortlistingScore", application.shortlistingScore());
            facts.put("interviewScore", application.interviewScore());
            facts.put("zone", programmes.timeZone());
            if (application.interviewAt() != null) {
                facts.put("interviewStart", application.interviewAt());
                facts.put("interviewDate", DAY.format(application.interviewAt()));
                facts.put("interviewTime", TIME.format(application.interviewAt()));
                facts.put("interviewLocation", application.interviewLocation());
            }
            offers.findByApplicationId(application.id()).ifPresent(offer -> {
                facts.put("postNumber", offer.postNumber());
                facts.put("lapsesOn", DAY.format(offer.lapsesOn()));
            });
            placement.fellowFor(reference).ifPresent(fellow -> {
                Map<String, String> icsNames = phases.icsNames();
                facts.put("leadIcs", icsNames.getOrDefault(fellow.leadIcs(), fellow.leadIcs()));
                List<String> further = fellow.furtherIcss().stream().map(c -> icsNames.getOrDefault(c, c)).toList();
                facts.put("furtherIcss", further);
                facts.put("startDate", DAY.format(fellow.startDate()));
            });
            facts.putIfAbsent("startDate", DAY.format(phase.startDate()));
            return new Applicant(application.name(), application.email(), facts);
        });
    }
}
