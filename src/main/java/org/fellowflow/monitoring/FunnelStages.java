package org.fellowflow.monitoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.fellowflow.recruitment.ApplicationStage;

/**
 * The stages that count as having reached a step of the funnel, as {@link ProgressQueries} counts them (the
 * same sets, for the fairness figures): an application counts as shortlisted once it reached
 * INTERVIEW_SCHEDULED, whatever happened to it after.
 */
final class FunnelStages {

    /** Shortlisted: invited to interview, or any stage that comes only after an invitation. */
    static final Set<ApplicationStage> SHORTLISTED = Collections.unmodifiableSet(EnumSet.of(
            ApplicationStage.INTERVIEW_SCHEDULED, ApplicationStage.INTERVIEWED, ApplicationStage.NOT_APPOINTABLE,
            ApplicationStage.RESERVE, ApplicationStage.OFFERED, ApplicationStage.ACCEPTED,
            ApplicationStage.APPOINTED, ApplicationStage.DECLINED, ApplicationStage.LAPSED,
            ApplicationStage.CHECKS_FAILED, ApplicationStage.NOT_APPOINTED));

    /** Interviewed: every shortlisted stage but the invitation itself. */
    static final Set<ApplicationStage> INTERVIEWED = Collections.unmodifiableSet(EnumSet.of(
            ApplicationStage.INTERVIEWED, ApplicationStage.NOT_APPOINTABLE, ApplicationStage.RESERVE,
            ApplicationStage.OFFERED, ApplicationStage.ACCEPTED, ApplicationStage.APPOINTED,
            ApplicationStage.DECLINED, ApplicationStage.LAPSED, ApplicationStage.CHECKS_FAILED,
            ApplicationStage.NOT_APPOINTED));

    private FunnelStages() {
    }
}
