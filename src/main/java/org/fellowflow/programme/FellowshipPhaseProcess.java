package org.fellowflow.programme;

/** Names that the fellowship-phase BPMN and the Java code share. */
public final class FellowshipPhaseProcess {

    public static final String KEY = "FellowshipPhaseProcess";

    /** Sent when a post of the phase is filled; correlated by the phase key (the business key). */
    public static final String MESSAGE_POST_FILLED = "PostFilled";

    /** Sent when a post of the phase is open again; correlated by the phase key. */
    public static final String MESSAGE_POST_RELEASED = "PostReleased";

    /** Boolean set by the post check: is every post of the phase filled. */
    public static final String VAR_ALL_POSTS_FILLED = "allPostsFilled";

    public static final String EVENT_LAUNCH_DATE = "Event_LaunchDate";

    /** The references of the fellows whose journeys the phase follows, one journey each. */
    public static final String VAR_FELLOWS = "fellows";

    private FellowshipPhaseProcess() {
    }
}
