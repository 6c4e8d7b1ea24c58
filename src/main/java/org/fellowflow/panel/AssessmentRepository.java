package org.fellowflow.panel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByApplicationReferenceAndRound(String applicationReference, AssessmentRound round);

    boolean existsByApplicationReferenceAndRoundAndPanelMember(String applicationReference, AssessmentRound round,
            String panelMember);
}
