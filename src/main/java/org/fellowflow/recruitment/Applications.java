package org.fellowflow.recruitment;

import org.springframework.stereotype.Component;

/** Finds applications for the recruitment services, locked for change. */
@Component
class Applications {

    private final ApplicationRepository repository;
    private final RecruitmentProperties properties;
    private final java.time.Clock clock;

    Applications(ApplicationRepository repository, RecruitmentProperties properties, java.time.Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    Application byReference(String reference) {
        return repository.findByReference(reference).orElseThrow(() -> new UnknownApplicationException(reference));
    }

    /** The application behind a private link; a link stops working some time after the application ended. */
    Application byToken(String token) {
        return repository.findByStatusToken(token).filter(this::linkValid)
                .orElseThrow(() -> new UnknownApplicationException("for this link"));
    }

    /** As {@link #byToken}, locked for change: the candidate's answers to an offer are serialised. */
    Application lockedByToken(String token) {
        return repository.findLockedByStatusToken(token).filter(this::linkValid)
                .orElseThrow(() -> new UnknownApplicationException("for this link"));
    }

    private boolean linkValid(Application application) {
        return application.endedAt() == null || clock.instant().isBefore(application.endedAt()
                .atZone(java.time.ZoneOffset.UTC).plus(properties.recruitment().statusLinkValidAfterEnd()).toInstant());
    }

    Application locked(String reference) {
        return repository.findLockedByReference(reference)
                .orElseThrow(() -> new UnknownApplicationException(reference));
    }
}
