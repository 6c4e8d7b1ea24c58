package org.fellowflow.panel;

import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fellowflow.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records panel members' assessments and sums up those that count. */
@Service
@Transactional
public class PanelService {

    public static final String APPOINT = "APPOINT";

    /**
     * Recording an assessment is this statement, then one for all of its scores ({@link #addScores}). Loading
     * the round's assessments as entities to look for this member's, then saving a new one, took three quarters
     * of the step's time with Spring Data's and Hibernate's work around them (docs/benchmarks.md, twelfth round).
     */
    private static final String ADD_ONCE = """
            insert into assessment (application_reference, round, panel_member, conflict_of_interest, conflict_note,
                    recommendation, submitted_at)
            select :reference, :round, :member, :conflict, :note, :recommendation, cast(:now as timestamp)
            where not exists (select 1 from assessment
                    where application_reference = :reference and round = :round and panel_member = :member)""";

    /*
     * The rounds read the table in plain SQL too: a panel round's preparation wants the members who have
     * assessed, its count the counted scores, one query each. Loading the assessments as entities took one query
     * for them and one for their scores, with Spring Data's and Hibernate's work around both (docs/benchmarks.md,
     * fourteenth round). A conflicted member's assessment is kept, and does not count.
     */
    private static final String ASSESSED = """
            select panel_member from assessment where application_reference = :reference and round = :round""";

    private static final String COUNTED_SCORES = """
            select a.id, a.recommendation, s.score from assessment a
            left join assessment_score s on s.assessment_id = a.id
            where a.application_reference = :reference and a.round = :round and a.conflict_of_interest = false
            order by a.id, s.position""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PanelService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one member's assessment; a member who declares a conflict of interest gives no scores.
     *
     * @param scores one score from 1 to 5 per criterion, in the programme's order (ignored when conflicted)
     * @param recommendation the interview recommendation, e.g. APPOINT; null when shortlisting
     */
    public void record(String applicationReference, AssessmentRound round, String panelMember,
            boolean conflictOfInterest, String conflictNote, List<Integer> scores, String recommendation) {
        if (!conflictOfInterest && scores.stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new IllegalArgumentException("Each criterion needs a score from 1 to 5, not " + scores);
        }
        int added = statement(ADD_ONCE, applicationReference, round, panelMember)
                .param("conflict", conflictOfInterest).param("note", conflictNote, Types.VARCHAR)
                .param("recommendation", conflictOfInterest ? null : recommendation, Types.VARCHAR)
                .param("now", SqlTimes.timestamp(clock.instant())).update();
        if (added == 0 || conflictOfInterest || scores.isEmpty()) {
            return;
        }
        StatementSpec addScores = statement(addScores(scores.size()), applicationReference, round, panelMember);
        for (int position = 0; position < scores.size(); position++) {
            addScores.param("score" + position, scores.get(position));
        }
        addScores.update();
    }

    /**
     * One statement for all of an assessment's scores, one row of {@code values} each, where a statement per
     * score was two of every assessment's three (docs/benchmarks.md, fourteenth round). A score's position is
     * its criterion's place in the programme's order, from 0; positions are the statement's own numbers, and
     * the scores are parameters.
     */
    private static String addScores(int count) {
        String values = IntStream.range(0, count).mapToObj(position -> "(" + position + ", :score" + position + ")")
                .collect(Collectors.joining(", "));
        return """
                insert into assessment_score (assessment_id, position, score)
                select a.id, s.position, s.score from assessment a
                cross join (values %s) as s (position, score)
                where a.application_reference = :reference and a.round = :round and a.panel_member = :member"""
                .formatted(values);
    }

    /** A statement on the assessment tables for one member's assessment. */
    private StatementSpec statement(String sql, String applicationReference, AssessmentRound round,
            String panelMember) {
        return query(sql, applicationReference, round).param("member", panelMember);
    }

    /** The members of the panel who have not yet assessed the application in this round. */
    @Transactional(readOnly = true)
    public List<String> yetToAssess(String applicationReference, AssessmentRound round, List<String> panel) {
        Set<String> done = new HashSet<>(query(ASSESSED, applicationReference, round)
                .query(String.class).list());
        return panel.stream().filter(member -> !done.contains(member)).toList();
    }

    @Transactional(readOnly = true)
    public AssessmentSummary summary(String applicationReference, AssessmentRound round) {
        // Each counted assessment's scores in criterion order; an assessment without scores has one row of nulls.
        Map<Long, List<Integer>> scores = new LinkedHashMap<>();
        Map<Long, String> recommendations = new LinkedHashMap<>();
        query(COUNTED_SCORES, applicationReference, round).query(row -> {
            long assessment = row.getLong(1);
            recommendations.put(assessment, row.getString(2));
            List<Integer> own = scores.computeIfAbsent(assessment, id -> new ArrayList<>());
            int score = row.getInt(3);
            if (!row.wasNull()) {
                own.add(score);
            }
        });
        if (scores.isEmpty()) {
            return new AssessmentSummary(0, 0, 0, 0);
        }
        Collection<List<Integer>> counted = scores.values();
        double mean = counted.stream().flatMap(List::stream).mapToInt(Integer::intValue).average().orElse(0);
        int criteria = counted.stream().mapToInt(List::size).min().orElse(0);
        double lowest = IntStream.range(0, criteria)
                .mapToDouble(i -> counted.stream().mapToInt(own -> own.get(i)).average().orElse(0))
                .min().orElse(0);
        double appointShare = (double) recommendations.values().stream().filter(APPOINT::equals).count()
                / counted.size();
        return new AssessmentSummary(counted.size(), round(mean), round(lowest), round(appointShare));
    }

    /**
     * A statement on the assessment tables for one application's round, straight through JDBC on the
     * transaction's connection. The tables are only ever written by these statements, so Hibernate's session
     * holds no change to them; as native queries, Hibernate's work around each statement (its parameter
     * metadata, result mapping and bulk clean-up) cost as much as the statement (docs/benchmarks.md,
     * seventeenth round).
     */
    private StatementSpec query(String sql, String applicationReference, AssessmentRound round) {
        return jdbc.sql(sql).param("reference", applicationReference).param("round", round.name());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
