package org.fellowflow.recruitment;

import org.springframework.data.jpa.repository.JpaRepository;

interface EqualityAnswersRepository extends JpaRepository<EqualityAnswers, Long> {
}
