package org.fellowflow.recruitment;

import java.util.List;
import org.fellowflow.panel.AssessmentRound;
import org.fellowflow.panel.AssessmentSummary;
import org.fellowflow.panel.PanelService;
import org.fellowflow.programme.PhasePanel;
import org.fellowflow.programme.PhaseRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A panel round of an application: who still has to assess it, what the counted scores add up to. */
@Service
@Transactional
class PanelRounds {

    /**
     * @param members the panel members who have not yet assessed the application in this round
     * @param criteria the programme's criterion names, in order
     */
    record Round(List<String> members, List<String> criteria) {
    }

    private final Applications applications;
    private final PhaseRegistry phases;
    private final PanelService panel;

    PanelRounds(Applications applications, PhaseRegistry phases, PanelService panel) {
        this.applications = applications;
        this.phases = phases;
        this.panel = panel;
    }

    /** The phase's key comes from the process, which has it from the application, so the application is not read. */
    Round prepare(String phaseKey, String reference, AssessmentRound round) {
        PhasePanel phase = phases.panel(phaseKey);
        return new Round(panel.yetToAssess(reference, round, phase.members()), phase.criteria());
    }

    void record(String reference, AssessmentRound round, String member, boolean conflict, String note,
            List<Integer> scores, String recommendation) {
        panel.record(reference, round, member, conflict, note, scores, recommendation);
    }

    AssessmentSummary count(String reference, AssessmentRound round) {
        return panel.summary(reference, round);
    }

    void addMember(String reference, String member) {
        phases.addPanelMember(applications.byReference(reference).phaseKey(), member);
    }
}
