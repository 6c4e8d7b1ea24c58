package org.fellowflow.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;

interface FellowRepository extends JpaRepository<Fellow, Long> {

    Optional<Fellow> findByApplicationReference(String applicationReference);

    Optional<Fellow> findByReference(String reference);

    List<Fellow> findByPhaseKeyAndStatusOrderByReference(String phaseKey, FellowStatus status);

    List<Fellow> findAllByOrderByReference();

    List<Fellow> findByProgrammeKey(String programmeKey);

    /**
     * How many of a programme's fellows each ICS leads. Counted here from the programme's fellows (tens, not
     * thousands): the repositories hold no JPQL, which would cost about 2 s of start-up (docs/benchmarks.md).
     */
    default Map<String, Long> fellowsLedPerIcs(String programmeKey) {
        return findByProgrammeKey(programmeKey).stream()
                .collect(Collectors.groupingBy(Fellow::leadIcs, HashMap::new, Collectors.counting()));
    }
}
