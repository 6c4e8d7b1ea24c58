package org.fellowflow.notification;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.fellowflow.recruitment.ApplicationForm;
import org.fellowflow.recruitment.ApplicationStage;
import org.fellowflow.recruitment.IntakeService;
import org.springframework.context.ApplicationContext;

/**
 * Moves applications through their process for the mail tests, with the recruitment tests' own driver
 * (org.fellowflow.recruitment.RecruitmentDriver). The driver is package-private in recruitment and these tests
 * live in notification (they call the package-private StaffReminders), so it is called reflectively here; the
 * applications are submitted with the driver's form, under names and addresses the tests choose.
 */
final class RecruitmentSteps {

    /** Someone who applies: their name and address are what the mail tests look for (and look for the absence of). */
    record Person(String name, String email) {
    }

    private final Class<?> driverClass;
    private final Object driver;
    private final IntakeService intake;
    private final RuntimeService runtime;

    RecruitmentSteps(ApplicationContext context) {
        try {
            this.driverClass = Class.forName("org.fellowflow.recruitment.RecruitmentDriver");
            this.driver = context.getBean(driverClass);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The recruitment tests' driver is not on the test classpath", e);
        }
        this.intake = context.getBean(IntakeService.class);
        this.runtime = context.getBean(RuntimeService.class);
    }

    /** A phase of the driver's test programme that has launched and is recruiting. */
    String recruitingPhase(int posts) {
        return (String) call("recruitingPhase", new Class<?>[] {int.class}, posts);
    }

    /** Submits the driver's application form under the person's name and address, and acknowledges it. */
    String apply(String phase, Person person) {
        return apply(phase, person, null);
    }

    /** As {@link #apply(String, Person)}, with another proposal title when one is given. */
    String apply(String phase, Person person, String proposalTitle) {
        ApplicationForm form = (ApplicationForm) call("form",
                new Class<?>[] {String.class, String.class, boolean.class, List.class}, person.name(),
                person.email(), false, List.of("SUSSEX", "KENT_MEDWAY"));
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
        call("screen", new Class<?>[] {String.class, boolean.class}, reference, eligible);
    }

    void shortlist(String reference, int score) {
        call("shortlist", new Class<?>[] {String.class, int.class}, reference, score);
    }

    /** The interview is three days from today at 10:30, in "Room 2, Pentonville Road, or https://meet.example/x". */
    void scheduleInterview(String reference) {
        call("scheduleInterview", new Class<?>[] {String.class}, reference);
    }

    void interview(String reference, int score, String recommendation) {
        call("interview", new Class<?>[] {String.class, int.class, String.class}, reference, score, recommendation);
    }

    /** The chair confirms the panel's suggested outcome. */
    void confirmOutcome(String reference) {
        String processInstance = (String) call("processInstanceId", new Class<?>[] {String.class}, reference);
        complete(reference, "Task_ConfirmOutcome",
                Map.of("confirmedOutcome", runtime.getVariable(processInstance, "suggestedOutcome")));
    }

    /** Completes the one open task of the activity with the variables. */
    void complete(String reference, String activity, Map<String, Object> variables) {
        call("complete", new Class<?>[] {String.class, String.class, Map.class}, reference, activity, variables);
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
        call("preStartChecks", new Class<?>[] {String.class, boolean.class}, reference, allPassed);
    }

    void runJob(String reference, String activity) {
        call("runJob", new Class<?>[] {String.class, String.class}, reference, activity);
    }

    void runPhaseJob(String phase, String activity) {
        call("runPhaseJob", new Class<?>[] {String.class, String.class}, phase, activity);
    }

    ApplicationStage stage(String reference) {
        return (ApplicationStage) call("stage", new Class<?>[] {String.class}, reference);
    }

    String token(String reference) {
        return (String) call("token", new Class<?>[] {String.class}, reference);
    }

    private Object call(String name, Class<?>[] types, Object... args) {
        try {
            Method method = driverClass.getDeclaredMethod(name, types);
            method.setAccessible(true);
            return method.invoke(driver, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RecruitmentDriver." + name + " is not as these tests expect", e);
        }
    }
}
