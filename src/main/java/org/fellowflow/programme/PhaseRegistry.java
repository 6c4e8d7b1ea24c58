package org.fellowflow.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask of phases: their details, criteria and ICSs, their panels, application numbers. */
@Service
@Transactional
public class PhaseRegistry {

    /*
     * What the panel rounds, the intake and the mails read of a phase and of the ICSs, in plain SQL straight
     * through JDBC on the transaction's connection: one statement each, where the entities take two or three.
     * As Spring Data native queries they cost twice as much, half of it Hibernate flushing the whole session
     * first, which it must do for a native query whose tables it cannot tell (docs/benchmarks.md, seventeenth
     * round). Through JDBC nothing is flushed, so whatever changes these tables within a transaction flushes
     * itself: see addPanelMember. Plain SQL, not JPQL, also keeps Hibernate's HQL parsers out of start-up
     * (second and thirteenth rounds).
     */

    /** The names of the phase's programme's criteria, in order. */
    private static final String CRITERION_NAMES = """
            select c.name from programme_criterion c join phase p on p.programme_id = c.programme_id
            where p.phase_key = :key order by c.position""";

    /**
     * The phase's name beside each of its panel members, in the panel's order. A phase with no panel gives one
     * row with no member; an unknown phase gives none.
     */
    private static final String NAMES_WITH_PANEL_MEMBERS = """
            select p.name, m.user_id from phase p left join phase_panel_member m on m.phase_id = p.id
            where p.phase_key = :key order by m.position""";

    /** Every ICS, by name. */
    private static final String ICS_NAMES = "select code, name from ics order by name";

    /** The phase's name, its programme's name and its start date, as one row; none for an unknown phase. */
    private static final String HEADING = """
            select p.name, g.name as programme_name, p.start_date from phase p join programme g on g.id = p.programme_id
            where p.phase_key = :key""";

    /** One more application received; locks the phase's row until the transaction ends. */
    private static final String COUNT_AN_APPLICATION = """
            update phase set applications_received = applications_received + 1 where phase_key = :key""";

    /** The phase's name, status and applications received so far. */
    private static final String APPLICATIONS_RECEIVED =
            "select name, status, applications_received from phase where phase_key = :key";

    private final PhaseRepository phases;
    private final JdbcClient jdbc;

    PhaseRegistry(PhaseRepository phases, JdbcClient jdbc) {
        this.phases = phases;
        this.jdbc = jdbc;
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
        return jdbc.sql(CRITERION_NAMES).param("key", key).query(String.class).list();
    }

    /** The phase's name, its programme's name and its start date, in one query. */
    @Transactional(readOnly = true)
    public PhaseHeading heading(String key) {
        return jdbc.sql(HEADING).param("key", key)
                .query((row, n) -> new PhaseHeading(row.getString(1), row.getString(2),
                        row.getObject(3, LocalDate.class)))
                .optional().orElseThrow(() -> new UnknownPhaseException(key));
    }

    /** The phase's panel and its programme's criteria, without the rest of the phase, for each panel round. */
    @Transactional(readOnly = true)
    public PhasePanel panel(String key) {
        List<String> names = new ArrayList<>(1);
        List<String> members = new ArrayList<>();
        jdbc.sql(NAMES_WITH_PANEL_MEMBERS).param("key", key).query(row -> {
            names.add(row.getString(1));
            String member = row.getString(2);
            if (member != null) {
                members.add(member);
            }
        });
        if (names.isEmpty()) {
            throw new UnknownPhaseException(key);
        }
        return new PhasePanel(names.get(0), List.copyOf(members), criterionNames(key));
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
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql(ICS_NAMES).query(row -> {
            names.put(row.getString(1), row.getString(2));
        });
        return names;
    }

    /** Replaces the phase's panel (admins). */
    public PhaseDetails assignPanel(String key, String chair, List<String> members) {
        Phase phase = phases.locked(key);
        phase.assignPanel(chair, members);
        return PhaseDetails.of(phase);
    }

    /**
     * Adds a member, e.g. when conflicts of interest leave too few members whose scores count. Written at once:
     * the round that follows, in the same transaction, reads the panel through JDBC, which sees only what
     * Hibernate has flushed.
     */
    public void addPanelMember(String key, String member) {
        phases.locked(key).addPanelMember(member);
        phases.flush();
    }

    /**
     * Numbers a new application of a recruiting phase, holding the phase's lock until the caller's
     * transaction ends, so that references are unique and no application joins a phase that just closed. The
     * count goes up in the row itself: the update takes the row's lock, and the read after it sees the count
     * this transaction made. Through the entity this was a lock, a read of the whole phase and an update of
     * every column at the flush, the largest part of the intake's own time (docs/benchmarks.md, nineteenth
     * round). The count is not part of the entity, so that no copy of a phase, however old, can write it back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextApplicationReference(String key) {
        if (jdbc.sql(COUNT_AN_APPLICATION).param("key", key).update() == 0) {
            throw new UnknownPhaseException(key);
        }
        return jdbc.sql(APPLICATIONS_RECEIVED).param("key", key).query((row, n) -> {
            PhaseStatus status = PhaseStatus.valueOf(row.getString(2));
            if (!status.isRecruiting()) {
                // Thrown inside the caller's transaction, which rolls the count back with everything else.
                throw new PhaseNotRecruitingException(key, row.getString(1), status);
            }
            return "%s-%04d".formatted(key, row.getInt(3));
        }).single();
    }
}
