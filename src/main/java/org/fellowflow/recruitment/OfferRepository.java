package org.fellowflow.recruitment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findByApplicationId(Long applicationId);
}
