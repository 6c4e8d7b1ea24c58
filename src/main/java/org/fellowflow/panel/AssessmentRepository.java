package org.fellowflow.panel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /**
     * Both rounds' assessments of an application, a handful of rows; PanelService picks a round in Java.
     * Hibernate 6.6 translated a derived query with the round (an enum) among its parameters to SQL again on
     * every call, while queries on strings alone find their translation in its cache (docs/benchmarks.md).
     */
    List<Assessment> findByApplicationReference(String applicationReference);
}
