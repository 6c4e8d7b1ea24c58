package org.fellowflow.recruitment;

import java.util.Optional;

/** The application row, locked for the rest of the transaction: a repository fragment of {@link ApplicationRepository}. */
interface ApplicationLocking {

    Optional<Application> findLockedByReference(String reference);

    Optional<Application> findLockedByStatusToken(String statusToken);
}
