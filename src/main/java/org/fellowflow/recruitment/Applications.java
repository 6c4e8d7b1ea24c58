package org.fellowflow.recruitment;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.fellowflow.RowLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Finds applications for the recruitment services, locked for change. */
@Component
class Applications {

    /** The row lock; {@link RowLocks} then reads the application as it is now. */
    private static final String LOCK = "select id, version from application where reference = ? for update";

    /** An address's application to a phase, by its normalised address: only the reference, not the entity. */
    private static final String REFERENCE_BY_EMAIL = """
            select reference from application where phase_key = :phaseKey and email_normalised = :email""";

    private final ApplicationRepository repository;
    private final RecruitmentProperties properties;
    private final java.time.Clock clock;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final RowLocks rowLocks;

    Applications(ApplicationRepository repository, RecruitmentProperties properties, java.time.Clock clock,
            EntityManager entityManager, JdbcClient jdbc, RowLocks rowLocks) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.rowLocks = rowLocks;
    }

    Application byReference(String reference) {
        return repository.findByReference(reference).orElseThrow(() -> new UnknownApplicationException(reference));
    }

    /** The reference of the address's application to the phase, if it has applied. */
    Optional<String> referenceOf(String phaseKey, String emailNormalised) {
        return jdbc.sql(REFERENCE_BY_EMAIL).param("phaseKey", phaseKey).param("email", emailNormalised)
                .query(String.class).optional();
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

    /**
     * The application, its row locked until the transaction ends, as it is now. A second call in the same
     * transaction, as when a step records an outcome and the next tells the candidate, returns the application
     * already locked without asking the database again: the row is locked already, and the transaction holds
     * the same instance.
     */
    Application locked(String reference) {
        Map<String, Application> held = lockedInThisTransaction();
        Application known = held.get(reference);
        if (known != null && entityManager.contains(known)) {
            return known;
        }
        Application application = rowLocks.locked(Application.class, LOCK, reference, Application::version)
                .orElseThrow(() -> new UnknownApplicationException(reference));
        held.put(reference, application);
        return application;
    }

    private static Map<String, Application> lockedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<String, Application> held = (Map<String, Application>) TransactionSynchronizationManager
                .getResource(Applications.class);
        if (held == null) {
            Map<String, Application> bound = new HashMap<>();
            TransactionSynchronizationManager.bindResource(Applications.class, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Applications.class);
                }
            });
            held = bound;
        }
        return held;
    }
}
