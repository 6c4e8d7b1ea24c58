package org.fellowflow.programme;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface PhaseRepository extends JpaRepository<Phase, Long>, PhaseLocking {

    Optional<Phase> findByKey(String key);

    /** Locks the phase row so that changes to its posts are serialised, on every node sharing the database. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Phase> findLockedByKey(String key);
}
