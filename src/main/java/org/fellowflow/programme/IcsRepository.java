package org.fellowflow.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IcsRepository extends JpaRepository<Ics, String> {

    /** Every ICS, by name. A derived query, unlike findAll, keeps its translated SQL between calls. */
    List<Ics> findAllByOrderByName();
}
