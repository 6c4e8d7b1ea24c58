package org.fellowflow.recruitment;

/**
 * The answer to a submitted application.
 *
 * @param reference the application's reference, e.g. HIF-SUS-0007
 * @param statusLink the applicant's private link to follow the application and answer an offer
 */
public record SubmittedApplication(String reference, String statusLink) {
}
