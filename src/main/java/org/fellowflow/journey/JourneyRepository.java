package org.fellowflow.journey;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface JourneyRepository extends JpaRepository<Journey, Long> {

    Optional<Journey> findByFellowReference(String fellowReference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Journey> findLockedByFellowReference(String fellowReference);

    List<Journey> findByPhaseKey(String phaseKey);
}
