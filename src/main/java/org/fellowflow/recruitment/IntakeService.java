package org.fellowflow.recruitment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.web.InvalidFieldsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in applications: checks every field, numbers the application, saves it with its equality answers
 * kept apart, and starts its process, all in one transaction, so a refusal writes nothing.
 */
@Service
public class IntakeService {

    private static final SecureRandom random = new SecureRandom();

    private final PhaseRegistry phases;
    private final ApplicationRepository repository;
    private final Applications applications;
    private final EqualityAnswersRepository equality;
    private final ApplicationProcesses processes;
    private final Validator validator;
    private final RecruitmentProperties properties;
    private final Clock clock;

    IntakeService(PhaseRegistry phases, ApplicationRepository repository, Applications applications,
            EqualityAnswersRepository equality, ApplicationProcesses processes, Validator validator,
            RecruitmentProperties properties, Clock clock) {
        this.phases = phases;
        this.repository = repository;
        this.applications = applications;
        this.equality = equality;
        this.processes = processes;
        this.validator = validator;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws org.fellowflow.programme.UnknownPhaseException when there is no such phase
     * @throws org.fellowflow.programme.PhaseNotRecruitingException when the phase is not taking applications
     * @throws InvalidFieldsException naming every field that is missing or wrong
     * @throws DuplicateApplicationException when the email address has already applied to the phase
     */
    @Transactional
    public SubmittedApplication submit(String phaseKey, ApplicationForm form) {
        // The phase's lock first: it refuses an unknown or closed phase before any field is checked, and it
        // holds back a second submission of the same address until this one is saved or refused.
        String reference = phases.nextApplicationReference(phaseKey);
        check(phaseKey, form);
        applications.referenceOf(phaseKey, Application.normalise(form.email())).ifPresent(existing -> {
            throw new DuplicateApplicationException(phaseKey, existing);
        });
        String token = newToken();
        Application application = repository.save(new Application(reference, phaseKey, form, token,
                clock.instant()));
        if (form.equality() != null && !form.equality().isEmpty()) {
            equality.save(new EqualityAnswers(application.id(), form.equality()));
        }
        processes.start(application);
        return new SubmittedApplication(reference, properties.statusLink(token));
    }

    private void check(String phaseKey, ApplicationForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<ApplicationForm> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString().replaceAll("<[^>]*>", "");
            errors.merge(field, violation.getMessage(), (a, b) -> a + "; " + b);
        }
        Set<String> icss = phases.icsNames().keySet();
        if (form.homeIcs() != null && !form.homeIcs().isBlank() && !icss.contains(form.homeIcs())) {
            errors.put("homeIcs", "is not an ICS of the region: one of " + String.join(", ", icss));
        }
        if (form.projectIcss() != null) {
            form.projectIcss().stream().filter(code -> code != null && !icss.contains(code)).findFirst()
                    .ifPresent(code -> errors.put("projectIcss", "'" + code + "' is not an ICS of the region: one of "
                            + String.join(", ", icss)));
            if (form.projectIcss().stream().distinct().count() < form.projectIcss().size()) {
                errors.putIfAbsent("projectIcss", "names an ICS twice");
            }
        }
        if (form.statements() != null && !form.statements().isEmpty()) {
            // The phase is locked, so it exists.
            List<String> criteria = phases.criterionNames(phaseKey);
            for (String criterion : criteria) {
                if (!form.statements().containsKey(criterion)) {
                    errors.put("statements." + criterion, "a statement against this criterion is needed");
                }
            }
            form.statements().keySet().stream().filter(name -> !criteria.contains(name)).forEach(name ->
                    errors.put("statements." + name, "is not a criterion of this programme"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
