package org.fellowflow.programme;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PhaseRepository extends JpaRepository<Phase, Long>, PhaseLocking {

    Optional<Phase> findByKey(String key);

    /** The names of the phase's programme's criteria, in order: one query, where the entities take three. */
    @Query(nativeQuery = true, value = """
            select c.name from programme_criterion c join phase p on p.programme_id = c.programme_id
            where p.phase_key = :key order by c.position""")
    List<String> criterionNames(String key);

    /**
     * The phase's name beside each of its panel members, in the panel's order: one query, where the entity
     * takes two. A phase with no panel gives one row with no member; an unknown phase gives none.
     */
    @Query(nativeQuery = true, value = """
            select p.name, m.user_id from phase p left join phase_panel_member m on m.phase_id = p.id
            where p.phase_key = :key order by m.position""")
    List<Object[]> namesWithPanelMembers(String key);

    @Query("select new org.fellowflow.programme.PhaseHeading(p.name, p.programme.name, p.startDate)"
            + " from Phase p where p.key = :key")
    Optional<PhaseHeading> findHeadingByKey(String key);

    /** Locks the phase row so that changes to its posts are serialised, on every node sharing the database. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Phase> findLockedByKey(String key);
}
