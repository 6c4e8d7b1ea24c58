package org.fellowflow.recruitment;

/** Names that the fellowship-application BPMN and the Java code share. Variables hold no personal data. */
public final class FellowshipApplicationProcess {

    public static final String KEY = "FellowshipApplicationProcess";

    // Variables set when the process starts
    public static final String VAR_APPLICATION_REFERENCE = "applicationReference";
    public static final String VAR_PHASE_KEY = "phaseKey";
    public static final String VAR_PROPOSAL_TITLE = "proposalTitle";
    public static final String VAR_GUARANTEED_INTERVIEW = "guaranteedInterview";

    // Screening (form of Task_ScreenEligibility)
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_SCREENING_REASON = "screeningReason";

    // Panel rounds
    public static final String VAR_PANEL_MEMBERS = "panelMembers";
    public static final String VAR_CRITERION_COUNT = "criterionCount";
    public static final String VAR_CRITERION_PREFIX = "criterion";
    public static final String VAR_ENOUGH_SCORES = "enoughScores";
    public static final String VAR_MEAN_SCORE = "meanScore";
    public static final String VAR_LOWEST_CRITERION_MEAN = "lowestCriterionMean";
    public static final String VAR_APPOINT_SHARE = "appointShare";
    public static final String VAR_NEW_PANEL_MEMBER = "newPanelMember";
    /** The element variable of the panel's multi-instance tasks: the member each task is assigned to. */
    public static final String VAR_PANEL_MEMBER = "panelMember";

    // Assessment forms (local to each member's task)
    public static final String VAR_CONFLICT_OF_INTEREST = "conflictOfInterest";
    public static final String VAR_CONFLICT_NOTE = "conflictNote";
    public static final String VAR_SCORE_PREFIX = "score";
    public static final String VAR_RECOMMENDATION = "recommendation";
    public static final String TASK_ASSESS_FOR_SHORTLISTING = "Task_AssessForShortlisting";
    public static final String TASK_ASSESS_INTERVIEW = "Task_AssessInterview";

    // Shortlisting decision (DMN result)
    public static final String VAR_SHORTLISTED = "shortlisted";

    // Interview (form of Task_ScheduleInterview)
    public static final String VAR_INTERVIEW_DATE = "interviewDate";
    public static final String VAR_INTERVIEW_TIME = "interviewTime";
    public static final String VAR_INTERVIEW_LOCATION = "interviewLocation";
    public static final String VAR_INTERVIEW_AT = "interviewAt";

    // Outcome: the DMN's suggestion, the chair's confirmation, and the outcome that stands
    public static final String VAR_SUGGESTED_OUTCOME = "suggestedOutcome";
    public static final String VAR_CONFIRMED_OUTCOME = "confirmedOutcome";
    public static final String VAR_OVERTURN_REASON = "overturnReason";
    public static final String VAR_OUTCOME = "outcome";

    // Offer
    public static final String VAR_POST_RESERVED = "postReserved";
    public static final String VAR_OFFER_LAPSES_AT = "offerLapsesAt";
    public static final String VAR_OFFER_REMINDER_AT = "offerReminderAt";
    public static final String VAR_OFFER_ACCEPTED = "offerAccepted";

    // Pre-start checks (form of Task_PreStartChecks)
    public static final String VAR_REFERENCES_CHECKED = "referencesChecked";
    public static final String VAR_RIGHT_TO_WORK_CHECKED = "rightToWorkChecked";
    public static final String VAR_HEALTH_CHECKED = "occupationalHealthChecked";
    public static final String VAR_CHECKS_PASSED = "checksPassed";

    // Messages, correlated by the application reference (the business key)
    public static final String MESSAGE_POST_AVAILABLE = "PostAvailable";
    public static final String MESSAGE_RESERVE_LIST_CLOSED = "ReserveListClosed";
    public static final String MESSAGE_OFFER_ANSWERED = "OfferAnswered";
    public static final String MESSAGE_RECRUITMENT_CLOSED = "RecruitmentClosed";

    public static final String TASK_RECORD_OFFER_RESPONSE = "Task_RecordOfferResponse";

    private FellowshipApplicationProcess() {
    }
}
