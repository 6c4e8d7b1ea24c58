package org.fellowflow.notification;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.fellowflow.recruitment.ApplicationForm;
import org.fellowflow.recruitment.ApplicationStage;
import org.fellowflow.recruitment.IntakeService;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.springframework.context.ApplicationContext;

/**
 * Moves applications through their process for the mail tests, with the recruitment tests' driver; the
 * applications are submitted with the driver's form, under names and addresses the tests choose.
 */
final class RecruitmentSteps {

    /** Someone who applies: their name and address are what the mail tests look for (and look for the absence of). */
    record Person(String name, String email) {
    }

    private final RecruitmentDriver driver;
    private final IntakeService intake;
    private final RuntimeService runtime;

    RecruitmentSteps(ApplicationContext context) {
        this.driver = context.getBean(RecruitmentDriver.class);
        this.intake = context.getBean(IntakeService.class);
        this.runtime = context.getBean(RuntimeService.class);
    }

    /** A phase of the driver's test programme that has launched and is recruiting. */
    String recruitingPhase(int posts) {
        return driver.recruitingPhase(posts);
    }

    /** Submits the driver's application form under the person's name and address, and acknowledges it. */
    String apply(String phase, Person person) {
        return apply(phase, person, null);
    }

    /** As {@link #apply(String, Person)}, with another proposal title when one is given. */
    String apply(String phase, Person person, String proposalTitle) {
        ApplicationForm form = RecruitmentDriver.form(person.name(), person.email(), false,
                List.of("SUSSEX", "KENT_MEDWAY"));
        if (proposalTitle != null) {
            form = new ApplicationForm(form.name(), form.email(), form.phone(), form.employer(), form.role(),
                    form.homeIcs(), form.projectIcss(), proposalTitle, form.proposalSummary(), form.statements(),
                    form.consent(), form.guaranteedInterview(), form.equality());
        }
        String reference = intake.submit(phase, form).reference();
        runJob(reference, "Task_Acknowledge");
        return reference;
    }

    void screen(String reference, boolean eligible) {
        driver.screen(reference, eligible);
    }

    void shortlist(String reference, int score) {
        driver.shortlist(reference, score);
    }

    /** The interview is three days from today at 10:30, in "Room 2, Pentonville Road, or https://meet.example/x". */
    void scheduleInterview(String reference) {
        driver.scheduleInterview(reference);
    }

    void interview(String reference, int score, String recommendation) {
        driver.interview(reference, score, recommendation);
    }

    /** The chair confirms the panel's suggested outcome. */
    void confirmOutcome(String reference) {
        String processInstance = driver.processInstanceId(reference);
        complete(reference, "Task_ConfirmOutcome",
                Map.of("confirmedOutcome", runtime.getVariable(processInstance, "suggestedOutcome")));
    }

    /** Completes the one open task of the activity with the variables. */
    void complete(String reference, String activity, Map<String, Object> variables) {
        driver.complete(reference, activity, variables);
    }

    /** Screened, shortlisted, interviewed and confirmed appointable; ready to reserve a post. */
    String appointable(String phase, Person person) {
        String reference = apply(phase, person);
        screen(reference, true);
        shortlist(reference, 4);
        scheduleInterview(reference);
        interview(reference, 5, "APPOINT");
        confirmOutcome(reference);
        return reference;
    }

    /** Appointable, with a post reserved and the offer made. */
    String offered(String phase, Person person) {
        String reference = appointable(phase, person);
        runJob(reference, "Task_ReservePost");
        if (stage(reference) != ApplicationStage.OFFERED) {
            throw new IllegalStateException(reference + " was not offered a post but is " + stage(reference));
        }
        return reference;
    }

    void preStartChecks(String reference, boolean allPassed) {
        driver.preStartChecks(reference, allPassed);
    }

    void runJob(String reference, String activity) {
        driver.runJob(reference, activity);
    }

    void runPhaseJob(String phase, String activity) {
        driver.runPhaseJob(phase, activity);
    }

    ApplicationStage stage(String reference) {
        return driver.stage(reference);
    }

    String token(String reference) {
        return driver.token(reference);
    }
}
