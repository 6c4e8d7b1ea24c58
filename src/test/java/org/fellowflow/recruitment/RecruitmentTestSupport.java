package org.fellowflow.recruitment;

import java.util.Map;
import org.springframework.stereotype.Component;

/** What tests of other packages need from recruitment: applications at a given step. */
@Component
public class RecruitmentTestSupport {

    private final RecruitmentDriver driver;

    RecruitmentTestSupport(RecruitmentDriver driver) {
        this.driver = driver;
    }

    /** A phase recruiting with the demo panel (panel1, panel2, panel3; chair "chair"). */
    public String recruitingPhase() {
        return driver.recruitingPhase(2);
    }

    /** A submitted, acknowledged application waiting for screening. */
    public String submittedApplication() {
        return driver.apply(driver.recruitingPhase(2));
    }

    public String submittedApplication(String phase) {
        return driver.apply(phase);
    }

    /** Screens the application as eligible: it goes to the panel for shortlisting. */
    public void screenEligible(String reference) {
        driver.screen(reference, true);
    }

    public void shortlist(String reference) {
        driver.shortlist(reference, 4);
        driver.scheduleInterview(reference);
    }

    public String phaseOf(String reference) {
        return driver.applications.findByReference(reference).orElseThrow().phaseKey();
    }

    public String stageOf(String reference) {
        return driver.stage(reference).name();
    }

    public String token(String reference) {
        return driver.token(reference);
    }

    /** The id of the one open task of the activity; for multi-instance tasks, the one assigned to the user. */
    public String openTask(String reference, String activity) {
        return driver.tasks(reference, activity).get(0).getId();
    }

    public String openTask(String reference, String activity, String assignee) {
        return driver.tasks(reference, activity).stream().filter(t -> assignee.equals(t.getAssignee()))
                .findFirst().orElseThrow().getId();
    }
}
