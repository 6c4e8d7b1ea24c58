package org.fellowflow.recruitment;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByReference(String reference);

    Optional<Application> findByStatusToken(String statusToken);

    Optional<Application> findByPhaseKeyAndEmailNormalised(String phaseKey, String emailNormalised);

    List<Application> findByPhaseKeyAndStageIn(String phaseKey, Collection<ApplicationStage> stages);

    /** The reserve list, best first: highest interview score, then the earliest application. */
    @Query("""
            select a from Application a where a.phaseKey = :phaseKey and a.stage = org.fellowflow.recruitment.ApplicationStage.RESERVE
            order by a.interviewScore desc nulls last, a.submittedAt, a.id""")
    List<Application> reserveList(String phaseKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.reference = :reference")
    Optional<Application> lockByReference(String reference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.statusToken = :token")
    Optional<Application> lockByStatusToken(String token);
}
