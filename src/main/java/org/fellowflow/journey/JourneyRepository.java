package org.fellowflow.journey;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface JourneyRepository extends JpaRepository<Journey, Long> {

    Optional<Journey> findByFellowReference(String fellowReference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from Journey j where j.fellowReference = :reference")
    Optional<Journey> lockByFellowReference(String reference);

    List<Journey> findByPhaseKey(String phaseKey);
}
