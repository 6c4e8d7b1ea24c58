package org.fellowflow.recruitment;

/** Where an application stands, with the words a candidate reads on their status page. */
public enum ApplicationStage {
    SUBMITTED("We have received your application and are checking that it meets the eligibility criteria.", false),
    SCREENED_OUT("Your application did not meet the eligibility criteria.", true),
    SHORTLISTING("Your application is with the panel for shortlisting.", false),
    NOT_SHORTLISTED("Your application was not shortlisted for interview.", true),
    INTERVIEW_SCHEDULED("You have been shortlisted: we have invited you to an interview.", false),
    INTERVIEWED("You have been interviewed; the panel is deciding the outcome.", false),
    NOT_APPOINTABLE("After interview, the panel did not find you appointable this time.", true),
    RESERVE("You are on the reserve list: we will offer you a post if one becomes available.", false),
    OFFERED("We are offering you a fellowship post. Please accept or decline the offer.", false),
    ACCEPTED("You have accepted the offer; we are completing the pre-start checks.", false),
    APPOINTED("You have been appointed. Welcome to the fellowship!", true),
    DECLINED("You declined the offer.", true),
    LAPSED("The offer lapsed without an answer.", true),
    CHECKS_FAILED("The pre-start checks could not be completed, so the appointment cannot go ahead.", true),
    RECRUITMENT_CLOSED("Recruitment to this phase has closed because every post has been filled.", true),
    NOT_APPOINTED("The fellowship has started and the reserve list has closed.", true);

    private final String description;
    private final boolean ended;

    ApplicationStage(String description, boolean ended) {
        this.description = description;
        this.ended = ended;
    }

    public String description() {
        return description;
    }

    public boolean isEnded() {
        return ended;
    }

    /** Before the interview has taken place: such applications end when recruitment closes. */
    public boolean isBeforeInterview() {
        return this == SUBMITTED || this == SHORTLISTING || this == INTERVIEW_SCHEDULED;
    }
}
