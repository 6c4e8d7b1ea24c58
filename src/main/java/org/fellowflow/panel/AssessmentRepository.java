package org.fellowflow.panel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /**
     * Both rounds' assessments of an application, a handful of rows; PanelService picks a round in Java.
     * A derived query with the round (an enum) among its parameters was translated to SQL again on every call:
     * Spring Data makes it a criteria parameter of the enum's class, for which Hibernate 6.6 finds no basic
     * type, so it takes the parameter to allow a list of values and keeps no plan for the query
     * (docs/benchmarks.md, sixth round). Queries on strings alone find their plan in its cache.
     */
    List<Assessment> findByApplicationReference(String applicationReference);
}
