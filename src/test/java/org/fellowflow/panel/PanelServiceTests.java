package org.fellowflow.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fellowflow.DatabaseStatements;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member's assessment counts once per round, however often it is recorded; each of the panel's reads and
 * writes is one statement, whatever the number of criteria.
 */
@FellowflowTest
class PanelServiceTests {

    private static final List<String> PANEL = List.of("ada", "ben", "cal");

    @Autowired PanelService panel;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aSecondRecordingOfTheSameMembersAssessmentIsIgnored() {
        panel.record("PANEL-1", AssessmentRound.SHORTLISTING, "ada", false, null, List.of(4, 4), null);

        panel.record("PANEL-1", AssessmentRound.SHORTLISTING, "ada", false, null, List.of(1, 1), null);

        assertThat(panel.summary("PANEL-1", AssessmentRound.SHORTLISTING))
                .isEqualTo(new AssessmentSummary(1, 4.0, 4.0, 0.0));
        assertThat(panel.yetToAssess("PANEL-1", AssessmentRound.SHORTLISTING, PANEL)).containsExactly("ben", "cal");
    }

    @Test
    void theSameMemberIsAssessedAfreshInTheInterviewRoundAndOnAnotherApplication() {
        panel.record("PANEL-2", AssessmentRound.SHORTLISTING, "ada", false, null, List.of(3, 5), null);
        panel.record("PANEL-3", AssessmentRound.SHORTLISTING, "ada", false, null, List.of(2, 2), null);

        panel.record("PANEL-2", AssessmentRound.INTERVIEW, "ada", false, null, List.of(5, 5), PanelService.APPOINT);

        assertThat(panel.summary("PANEL-2", AssessmentRound.SHORTLISTING))
                .isEqualTo(new AssessmentSummary(1, 4.0, 3.0, 0.0));
        assertThat(panel.summary("PANEL-2", AssessmentRound.INTERVIEW))
                .isEqualTo(new AssessmentSummary(1, 5.0, 5.0, 1.0));
        assertThat(panel.summary("PANEL-3", AssessmentRound.SHORTLISTING).meanScore()).isEqualTo(2.0);
    }

    @Test
    void eachScoreKeepsItsCriterion() {
        panel.record("PANEL-4", AssessmentRound.SHORTLISTING, "ada", false, null, List.of(5, 1, 4), null);
        panel.record("PANEL-4", AssessmentRound.SHORTLISTING, "ben", false, null, List.of(1, 5, 4), null);

        // Per criterion 3, 3 and 4: were either member's scores out of order, the lowest would not be 3.
        assertThat(panel.summary("PANEL-4", AssessmentRound.SHORTLISTING))
                .isEqualTo(new AssessmentSummary(2, 3.33, 3.0, 0.0));
    }

    @Test
    void aConflictedMemberGivesNoScoresAndDoesNotCount() {
        panel.record("PANEL-5", AssessmentRound.INTERVIEW, "ada", true, "Supervised the candidate", List.of(), null);
        panel.record("PANEL-5", AssessmentRound.INTERVIEW, "ben", false, null, List.of(2, 4), PanelService.APPOINT);

        assertThat(panel.summary("PANEL-5", AssessmentRound.INTERVIEW))
                .isEqualTo(new AssessmentSummary(1, 3.0, 2.0, 1.0));
        assertThat(panel.yetToAssess("PANEL-5", AssessmentRound.INTERVIEW, PANEL)).containsExactly("cal");
    }

    @Test
    void recordingAnAssessmentIsTwoStatementsAndEachReadOfTheRoundOne() {
        DatabaseStatements statements = new DatabaseStatements(jdbc);

        statements.counting(() -> {
            panel.record("PANEL-6", AssessmentRound.SHORTLISTING, "ada", false, null, List.of(4, 2, 3), null);
            return null;
        });
        assertThat(statements.containing("assessment")).as("the assessment, then its three scores together")
                .isEqualTo(2);

        panel.record("PANEL-6", AssessmentRound.SHORTLISTING, "ben", false, null, List.of(2, 4, 3), null);
        AssessmentSummary summary = statements.counting(() -> panel.summary("PANEL-6", AssessmentRound.SHORTLISTING));
        assertThat(summary).isEqualTo(new AssessmentSummary(2, 3.0, 3.0, 0.0));
        assertThat(statements.containing("assessment")).as("the counted assessments with their scores").isEqualTo(1);

        List<String> yet = statements.counting(
                () -> panel.yetToAssess("PANEL-6", AssessmentRound.SHORTLISTING, PANEL));
        assertThat(yet).containsExactly("cal");
        assertThat(statements.containing("assessment")).as("the members who have assessed").isEqualTo(1);
    }
}
