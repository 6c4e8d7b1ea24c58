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

    /**
     * The phase's name, its programme's name and its start date, as one row; none for an unknown phase. Plain SQL
     * like the queries above, not JPQL: a JPQL query makes Hibernate and Spring Data load and warm their HQL
     * parsers while the repository is created, most of a second of start-up's main thread (docs/benchmarks.md,
     * second and thirteenth rounds).
     */
    @Query(nativeQuery = true, value = """
            select p.name, g.name as programme_name, p.start_date from phase p join programme g on g.id = p.programme_id
            where p.phase_key = :key""")
    List<Object[]> headingRows(String key);

    /** Locks the phase row so that changes to its posts are serialised, on every node sharing the database. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Phase> findLockedByKey(String key);
}
