package org.fellowflow.placement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FellowRepository extends JpaRepository<Fellow, Long> {

    Optional<Fellow> findByApplicationReference(String applicationReference);

    Optional<Fellow> findByReference(String reference);

    List<Fellow> findByPhaseKeyAndStatusOrderByReference(String phaseKey, FellowStatus status);

    List<Fellow> findAllByOrderByReference();

    @Query("select f.leadIcs, count(f) from Fellow f where f.programmeKey = :programmeKey group by f.leadIcs")
    List<Object[]> countByLeadIcs(String programmeKey);
}
