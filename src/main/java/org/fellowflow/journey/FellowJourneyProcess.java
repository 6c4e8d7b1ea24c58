package org.fellowflow.journey;

/** Names that the fellow-journey BPMN and the Java code share. */
public final class FellowJourneyProcess {

    public static final String KEY = "FellowJourneyProcess";

    public static final String VAR_FELLOW_REFERENCE = "fellowReference";
    public static final String VAR_MID_POINT_AT = "midPointAt";
    public static final String VAR_END_AT = "endAt";
    public static final String VAR_CHECK_IN_CYCLE = "checkInCycle";
    public static final String VAR_ANY_MODULE_OVERDUE = "anyModuleOverdue";
    public static final String VAR_OVERDUE_MODULES = "overdueModules";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";
    public static final String VAR_REPORT_APPROVED = "finalReportApproved";

    public static final String MESSAGE_FELLOW_WITHDREW = "FellowWithdrew";

    static final String EVENT_MID_POINT = "Event_MidPoint";
    static final String EVENT_FELLOWSHIP_ENDS = "Event_FellowshipEnds";

    private FellowJourneyProcess() {
    }
}
