package org.fellowflow.programme;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.fellowflow.programme.ProgrammeCatalogue.IcsPlan;
import org.fellowflow.programme.ProgrammeCatalogue.PhasePlan;
import org.fellowflow.programme.ProgrammeCatalogue.ProgrammePlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the database in line with the programme data, idempotently: rows are added or updated, never
 * duplicated, and each phase gets exactly one fellowship-phase process. A phase that has launched keeps
 * its plan: a later change to it in the file is reported, not applied.
 */
@Service
public class ProgrammeImporter {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeImporter.class);

    private final IcsRepository icss;
    private final ProgrammeRepository programmes;
    private final PhaseRepository phases;
    private final PhaseProcesses processes;
    private final PhaseCalendar calendar;

    ProgrammeImporter(IcsRepository icss, ProgrammeRepository programmes, PhaseRepository phases,
            PhaseProcesses processes, PhaseCalendar calendar) {
        this.icss = icss;
        this.programmes = programmes;
        this.phases = phases;
        this.processes = processes;
        this.calendar = calendar;
    }

    @Transactional
    public void importCatalogue(ProgrammeCatalogue catalogue) {
        catalogue.icss().forEach(this::importIcs);
        for (ProgrammePlan plan : catalogue.programmes()) {
            Programme programme = programmes.findByKey(plan.key()).orElseGet(() -> new Programme(plan.key()));
            programme.describe(plan.name(), plan.readvertiseEvery(), plan.criteria(), plan.fellowship());
            programmes.save(programme);
            plan.phases().forEach(phasePlan -> importPhase(programme, phasePlan));
        }
    }

    private void importIcs(IcsPlan plan) {
        icss.findById(plan.code()).ifPresentOrElse(ics -> ics.rename(plan.name()),
                () -> icss.save(new Ics(plan.code(), plan.name())));
    }

    private void importPhase(Programme programme, PhasePlan plan) {
        Set<Ics> phaseIcss = new HashSet<>(icss.findAllById(plan.icss()));
        Phase phase = phases.findLockedByKey(plan.key()).orElse(null);
        if (phase == null) {
            phase = new Phase(programme, plan.key());
            phase.plan(plan.name(), plan.launch(), plan.start(), plan.posts(), phaseIcss);
            phase.assignPanel(plan.panel().chair(), plan.panel().members());
            phases.save(phase);
            log.info("Phase {} ({}) added: launch {}, start {}, {} posts", plan.key(), plan.name(), plan.launch(),
                    plan.start(), plan.posts());
        } else if (!phase.programme().key().equals(programme.key())) {
            throw new IllegalTransitionException("Phase %s belongs to programme %s, not %s"
                    .formatted(plan.key(), phase.programme().key(), programme.key()));
        } else if (!matches(phase, plan)) {
            if (phase.status() == PhaseStatus.PLANNED) {
                boolean launchMoved = !phase.launchDate().equals(plan.launch());
                phase.plan(plan.name(), plan.launch(), plan.start(), plan.posts(), phaseIcss);
                phase.assignPanel(plan.panel().chair(), plan.panel().members());
                if (launchMoved && phase.processInstanceId() != null) {
                    processes.moveLaunch(phase.processInstanceId(), calendar.startOfDay(plan.launch()));
                }
                log.info("Phase {} updated from the programme data", plan.key());
            } else {
                log.warn("Phase {} has launched ({}); changes to it in the programme data are not applied",
                        plan.key(), phase.status());
            }
        }
        if (phase.processInstanceId() == null) {
            phases.flush();
            phase.processStarted(processes.start(phase.key()));
        }
    }

    private static boolean matches(Phase phase, PhasePlan plan) {
        return Objects.equals(phase.name(), plan.name())
                && Objects.equals(phase.launchDate(), plan.launch())
                && Objects.equals(phase.startDate(), plan.start())
                && phase.posts().size() == plan.posts()
                && Objects.equals(phase.panelChair(), plan.panel().chair())
                && phase.panelMembers().equals(plan.panel().members().stream().distinct().toList())
                && phase.icss().stream().map(Ics::code).collect(Collectors.toSet()).equals(Set.copyOf(plan.icss()));
    }

    static List<String> keys(ProgrammeCatalogue catalogue) {
        return catalogue.programmes().stream().flatMap(p -> p.phases().stream()).map(PhasePlan::key).toList();
    }
}
