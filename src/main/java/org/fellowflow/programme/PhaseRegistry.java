package org.fellowflow.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask of phases: their details, criteria and ICSs, their panels, application numbers. */
@Service
@Transactional
public class PhaseRegistry {

    private final PhaseRepository phases;
    private final IcsRepository icss;

    PhaseRegistry(PhaseRepository phases, IcsRepository icss) {
        this.phases = phases;
        this.icss = icss;
    }

    @Transactional(readOnly = true)
    public PhaseDetails phase(String key) {
        return phases.findByKey(key).map(PhaseDetails::of).orElseThrow(() -> new UnknownPhaseException(key));
    }

    /** The panel criteria of the phase's programme, in the programme's order. */
    @Transactional(readOnly = true)
    public List<Criterion> criteria(String key) {
        return phases.findByKey(key).map(phase -> phase.programme().criteria())
                .orElseThrow(() -> new UnknownPhaseException(key));
    }

    /** The names of the phase's criteria, in order; none for an unknown phase. */
    @Transactional(readOnly = true)
    public List<String> criterionNames(String key) {
        return phases.criterionNames(key);
    }

    /** The phase's name, its programme's name and its start date, in one query. */
    @Transactional(readOnly = true)
    public PhaseHeading heading(String key) {
        Object[] row = ofKnownPhase(phases.headingRows(key), key).get(0);
        return new PhaseHeading((String) row[0], (String) row[1], localDate(row[2]));
    }

    /** The phase's panel and its programme's criteria, without the rest of the phase, for each panel round. */
    @Transactional(readOnly = true)
    public PhasePanel panel(String key) {
        List<Object[]> rows = ofKnownPhase(phases.namesWithPanelMembers(key), key);
        List<String> members = rows.stream().map(row -> (String) row[1]).filter(Objects::nonNull).toList();
        return new PhasePanel((String) rows.get(0)[0], members, phases.criterionNames(key));
    }

    /** What a fellowship of the phase's programme is: length, check-ins, community of practice, modules. */
    @Transactional(readOnly = true)
    public ProgrammeCatalogue.FellowshipPlan fellowship(String key) {
        return phases.findByKey(key).map(phase -> phase.programme().fellowship())
                .orElseThrow(() -> new UnknownPhaseException(key));
    }

    /** Every ICS: name by code, ordered by name. */
    @Transactional(readOnly = true)
    public Map<String, String> icsNames() {
        return icss.findAllByOrderByName().stream()
                .collect(Collectors.toMap(Ics::code, Ics::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Replaces the phase's panel (admins). */
    public PhaseDetails assignPanel(String key, String chair, List<String> members) {
        Phase phase = phases.locked(key);
        phase.assignPanel(chair, members);
        return PhaseDetails.of(phase);
    }

    /** Adds a member, e.g. when conflicts of interest leave too few members whose scores count. */
    public void addPanelMember(String key, String member) {
        phases.locked(key).addPanelMember(member);
    }

    /**
     * Numbers a new application of a recruiting phase, holding the phase's lock until the caller's
     * transaction ends, so that references are unique and no application joins a phase that just closed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextApplicationReference(String key) {
        Phase phase = phases.locked(key);
        if (!phase.status().isRecruiting()) {
            throw new PhaseNotRecruitingException(phase.key(), phase.name(), phase.status());
        }
        return phase.nextApplicationReference();
    }

    /** The rows of a plain SQL query on one phase, which gives none for an unknown phase. */
    private static List<Object[]> ofKnownPhase(List<Object[]> rows, String key) {
        if (rows.isEmpty()) {
            throw new UnknownPhaseException(key);
        }
        return rows;
    }

    /** A date column as plain SQL gives it: java.sql.Date from H2's driver, LocalDate where a driver prefers it. */
    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
