package org.fellowflow.recruitment;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByReference(String reference);

    Optional<Application> findByStatusToken(String statusToken);

    List<Application> findByPhaseKeyAndStageIn(String phaseKey, Collection<ApplicationStage> stages);

    /**
     * The reserve list, best first: highest interview score (unscored last), then the earliest application. A
     * phase's list is short, so it is ordered here; the repositories hold no JPQL, which would make Hibernate and
     * Spring Data load their HQL parsers at start-up (about 2 s, see docs/benchmarks.md).
     */
    default List<Application> reserveList(String phaseKey) {
        return findByPhaseKeyAndStageIn(phaseKey, List.of(ApplicationStage.RESERVE)).stream()
                .sorted(Comparator.comparing(Application::interviewScore,
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Application::submittedAt).thenComparing(Application::id))
                .toList();
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Application> findLockedByStatusToken(String statusToken);
}
