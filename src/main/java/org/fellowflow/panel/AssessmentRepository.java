package org.fellowflow.panel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /**
     * Both rounds' assessments of an application, a handful of rows; PanelService picks a round in Java.
     * A derived query with the round (an enum) among its parameters was translated to SQL again on every call:
     * Spring Data makes it a criteria parameter of the enum's class, for which Hibernate 6.6 finds no basic
     * type, so it takes the parameter to allow a list of values and keeps no plan for the query
     * (docs/benchmarks.md, sixth round). Queries on strings alone find their plan in its cache.
     */
    List<Assessment> findByApplicationReference(String applicationReference);

    /**
     * Whether the member has assessed the application in the round: one look-up on the table's unique key,
     * where loading the round's assessments as entities cost about half of recording one. In JPQL, Hibernate
     * types the round from the attribute it is compared with and keeps the query's plan.
     */
    @Query("select count(a) > 0 from Assessment a"
            + " where a.applicationReference = ?1 and a.round = ?2 and a.panelMember = ?3")
    boolean hasAssessed(String applicationReference, AssessmentRound round, String panelMember);
}
