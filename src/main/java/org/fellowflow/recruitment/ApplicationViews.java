package org.fellowflow.recruitment;

import java.util.EnumSet;
import org.fellowflow.identity.StaffUser;
import org.fellowflow.programme.PhasePanel;
import org.fellowflow.programme.PhaseRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides what of an application each member of staff may see. */
@Service
@Transactional(readOnly = true)
public class ApplicationViews {

    private static final EnumSet<ApplicationStage> SHORTLISTING = EnumSet.of(ApplicationStage.SUBMITTED,
            ApplicationStage.SHORTLISTING, ApplicationStage.SCREENED_OUT, ApplicationStage.NOT_SHORTLISTED);

    private final Applications applications;
    private final PhaseRegistry phases;

    ApplicationViews(Applications applications, PhaseRegistry phases) {
        this.applications = applications;
        this.phases = phases;
    }

    /**
     * @throws UnknownApplicationException when there is no such application
     * @throws NotYoursException when the user may not see it: neither programme team, chair, admin, nor a
     *         member of the phase's panel
     */
    public ApplicationView view(String reference, StaffUser user) {
        Application application = applications.byReference(reference);
        PhasePanel phase = phases.panel(application.phaseKey());
        ApplicationView.Access access;
        if (user.isAdmin() || user.isRecruiter() || user.isChair()) {
            access = ApplicationView.Access.FULL;
        } else if (user.isPanelMember() && phase.members().contains(user.id())) {
            access = SHORTLISTING.contains(application.stage()) ? ApplicationView.Access.ANONYMISED
                    : ApplicationView.Access.IDENTIFIED;
        } else {
            throw new NotYoursException(reference);
        }
        return ApplicationView.of(application, phase.phaseName(), phase.criteria(), access);
    }

    /** The application is not one the user may see. */
    public static class NotYoursException extends RuntimeException {
        NotYoursException(String reference) {
            super("You may not see application " + reference + ".");
        }
    }
}
