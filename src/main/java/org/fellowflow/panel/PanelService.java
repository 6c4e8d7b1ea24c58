package org.fellowflow.panel;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records panel members' assessments and sums up those that count. */
@Service
@Transactional
public class PanelService {

    public static final String APPOINT = "APPOINT";

    private final AssessmentRepository assessments;
    private final Clock clock;

    PanelService(AssessmentRepository assessments, Clock clock) {
        this.assessments = assessments;
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
        if (inRound(applicationReference, round).stream().anyMatch(a -> a.panelMember().equals(panelMember))) {
            return;
        }
        if (!conflictOfInterest && scores.stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new IllegalArgumentException("Each criterion needs a score from 1 to 5, not " + scores);
        }
        assessments.save(new Assessment(applicationReference, round, panelMember, conflictOfInterest, conflictNote,
                scores, recommendation, clock.instant()));
    }

    /** The members of the panel who have not yet assessed the application in this round. */
    @Transactional(readOnly = true)
    public List<String> yetToAssess(String applicationReference, AssessmentRound round, List<String> panel) {
        Set<String> done = inRound(applicationReference, round).stream().map(Assessment::panelMember)
                .collect(Collectors.toSet());
        return panel.stream().filter(member -> !done.contains(member)).toList();
    }

    @Transactional(readOnly = true)
    public AssessmentSummary summary(String applicationReference, AssessmentRound round) {
        List<Assessment> counted = inRound(applicationReference, round).stream().filter(Assessment::counts)
                .toList();
        if (counted.isEmpty()) {
            return new AssessmentSummary(0, 0, 0, 0);
        }
        double mean = counted.stream().flatMap(a -> a.scores().stream()).mapToInt(Integer::intValue).average()
                .orElse(0);
        int criteria = counted.stream().mapToInt(a -> a.scores().size()).min().orElse(0);
        double lowest = IntStream.range(0, criteria)
                .mapToDouble(i -> counted.stream().mapToInt(a -> a.scores().get(i)).average().orElse(0))
                .min().orElse(0);
        double appointShare = (double) counted.stream().filter(a -> APPOINT.equals(a.recommendation())).count()
                / counted.size();
        return new AssessmentSummary(counted.size(), round(mean), round(lowest), round(appointShare));
    }

    private List<Assessment> inRound(String applicationReference, AssessmentRound round) {
        return assessments.findByApplicationReference(applicationReference).stream()
                .filter(assessment -> assessment.round() == round).toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

}
