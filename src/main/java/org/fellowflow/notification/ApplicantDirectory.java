package org.fellowflow.notification;

import java.util.Map;
import java.util.Optional;

/**
 * Where the notification feature finds, at sending time, an applicant's address and what their message
 * says. Implemented by recruitment, so that personal data stays in its tables until the moment of sending.
 */
public interface ApplicantDirectory {

    /**
     * @return the applicant's name, address and the facts their messages use (reference, phase, links,
     *         interview, offer, ICSs ...); empty when there is no such application
     */
    Optional<Applicant> applicant(String reference);

    record Applicant(String name, String email, Map<String, Object> facts) {
    }
}
