package org.fellowflow.programme;

import org.springframework.data.jpa.repository.JpaRepository;

interface IcsRepository extends JpaRepository<Ics, String> {
}
