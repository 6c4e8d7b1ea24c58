package org.fellowflow.recruitment;

/**
 * What a candidate sees through their private link.
 *
 * @param description the stage in plain words
 * @param offer the offer waiting for their answer, or null
 */
record CandidateStatus(String reference, String phaseName, ApplicationStage stage, String description,
        OfferService.OpenOffer offer) {
}
