package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fellowflow.programme.Criterion;
import org.fellowflow.programme.FellowshipPhaseProcess;
import org.fellowflow.programme.ProgrammeCatalogue;
import org.fellowflow.programme.ProgrammeImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Moves phases and applications through their processes the way people and timers would, through the
 * engine's Java API, with the job executor off. Shared by the recruitment tests.
 */
@Component
public class RecruitmentDriver {

    static final List<String> PANEL = List.of("panel1", "panel2", "panel3");
    private static final AtomicInteger phases = new AtomicInteger();
    private static final AtomicInteger people = new AtomicInteger();
    private final Map<String, ProcessInstance> started = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired ProgrammeImporter importer;
    @Autowired IntakeService intake;
    @Autowired RuntimeService runtime;
    @Autowired org.camunda.bpm.engine.HistoryService history;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ApplicationRepository applications;
    @Autowired OfferService offers;

    /** A phase of the test programme (two criteria) that has launched and is recruiting. */
    public String recruitingPhase(int posts) {
        return recruitingPhase(posts, LocalDate.now().minusDays(7));
    }

    /** A recruiting phase launched on the given day; its fellows start 67 days after it. */
    public String recruitingPhase(int posts, LocalDate launch) {
        String key = plannedPhase(posts, launch);
        runPhaseJob(key, FellowshipPhaseProcess.EVENT_LAUNCH_DATE);
        runPhaseJob(key, "Task_CheckPosts");
        return key;
    }

    /** A phase of the test programme that waits for its launch date. */
    public String plannedPhase(int posts, LocalDate launch) {
        String key = "REC-" + phases.incrementAndGet();
        importer.importCatalogue(new ProgrammeCatalogue(
                List.of(new ProgrammeCatalogue.IcsPlan("KENT_MEDWAY", "Kent and Medway"),
                        new ProgrammeCatalogue.IcsPlan("SUSSEX", "Sussex"),
                        new ProgrammeCatalogue.IcsPlan("SURREY_HEARTLANDS", "Surrey Heartlands"),
                        new ProgrammeCatalogue.IcsPlan("FRIMLEY", "Frimley")),
                List.of(new ProgrammeCatalogue.ProgrammePlan("REC", "Recruitment Test Fellowship", Period.ofDays(28),
                        List.of(new Criterion("Proposal", "A feasible project."),
                                new Criterion("Collaboration", "Works with others.")),
                        List.of(new ProgrammeCatalogue.PhasePlan(key, "Phase " + key, launch,
                                launch.plusDays(67), posts, List.of("SUSSEX"),
                                new ProgrammeCatalogue.PanelPlan("chair", PANEL))),
                        ProgrammeCatalogue.FellowshipPlan.standard()))));
        return key;
    }

    public static ApplicationForm form(String name, String email, boolean guaranteedInterview, List<String> projectIcss) {
        return new ApplicationForm(name, email, "01234 567890", "NHS Sussex", "Service improvement lead", "SUSSEX",
                projectIcss, "Reducing missed appointments", "A project to reduce missed appointments.",
                Map.of("Proposal", "My statement on the proposal.", "Collaboration", "My statement on collaboration."),
                true, guaranteedInterview, null);
    }

    /** Submits and acknowledges an application; returns its reference. */
    public String apply(String phaseKey) {
        return apply(phaseKey, false);
    }

    public String apply(String phaseKey, boolean guaranteedInterview) {
        int n = people.incrementAndGet();
        String reference = intake.submit(phaseKey, form("Applicant " + n, "applicant" + n + "@example.org",
                guaranteedInterview, List.of("SUSSEX", "KENT_MEDWAY"))).reference();
        started.put(reference, runtime.createProcessInstanceQuery()
                .processDefinitionKey(FellowshipApplicationProcess.KEY).processInstanceBusinessKey(reference)
                .singleResult());
        runJob(reference, "Task_Acknowledge");
        return reference;
    }

    public void screen(String reference, boolean eligible) {
        complete(reference, "Task_ScreenEligibility", Map.of("eligible", String.valueOf(eligible),
                "screeningReason", eligible ? "Meets the criteria" : "Not employed in KSS"));
    }

    /** Every panel member with a task scores each criterion with the given score. */
    public void shortlist(String reference, int score) {
        assess(reference, "Task_AssessForShortlisting", score, null, List.of());
    }

    public void assess(String reference, String activity, int score, String recommendation, List<String> conflicted) {
        for (Task task : tasks(reference, activity)) {
            Map<String, Object> form = new HashMap<>();
            boolean conflict = conflicted.contains(task.getAssignee());
            form.put("conflictOfInterest", conflict);
            if (conflict) {
                form.put("conflictNote", "I supervised this applicant");
            } else {
                form.put("score1", (long) score);
                form.put("score2", (long) score);
                if (recommendation != null) {
                    form.put("recommendation", recommendation);
                }
            }
            tasks.complete(task.getId(), form);
        }
    }

    public void scheduleInterview(String reference) {
        complete(reference, "Task_ScheduleInterview", Map.of("interviewDate", LocalDate.now().plusDays(3).toString(),
                "interviewTime", "10:30", "interviewLocation", "Room 2, Pentonville Road, or https://meet.example/x"));
    }

    /** The interview time comes and each panel member assesses the interview. */
    public void interview(String reference, int score, String recommendation) {
        runJob(reference, "Event_InterviewTime");
        assess(reference, "Task_AssessInterview", score, recommendation, List.of());
    }

    public void confirmOutcome(String reference) {
        String suggested = (String) runtime.getVariable(instance(reference).getId(), "suggestedOutcome");
        complete(reference, "Task_ConfirmOutcome", Map.of("confirmedOutcome", suggested));
    }

    /** From submission to the chair's confirmation of an appointable outcome, ready to reserve a post. */
    public String appointable(String phaseKey) {
        return interviewedAndConfirmed(phaseKey, 4, 5, "APPOINT");
    }

    /**
     * From submission to the chair's confirmation that the candidate is not appointable, which ends the
     * application: nine user tasks and two jobs.
     */
    public String notAppointable(String phaseKey) {
        String reference = apply(phaseKey);
        notAppointableOnceApplied(reference);
        return reference;
    }

    /** The steps of {@link #notAppointable} after the submission and its acknowledgement. */
    public void notAppointableOnceApplied(String reference) {
        interviewAndConfirm(reference, 3, 1, "DO_NOT_APPOINT");
    }

    private String interviewedAndConfirmed(String phaseKey, int shortlistScore, int interviewScore,
            String recommendation) {
        String reference = apply(phaseKey);
        interviewAndConfirm(reference, shortlistScore, interviewScore, recommendation);
        return reference;
    }

    private void interviewAndConfirm(String reference, int shortlistScore, int interviewScore,
            String recommendation) {
        screen(reference, true);
        shortlist(reference, shortlistScore);
        scheduleInterview(reference);
        interview(reference, interviewScore, recommendation);
        confirmOutcome(reference);
    }

    /** An offered candidate who accepts, passes the checks and fills the post; returns the reference. */
    public String appointed(String phaseKey) {
        String reference = offered(phaseKey);
        offers.answerByCandidate(token(reference), true);
        preStartChecks(reference, true);
        runJob(reference, "Task_FillPost");
        return reference;
    }

    /** An appointable candidate with a post reserved and an open offer. */
    public String offered(String phaseKey) {
        String reference = appointable(phaseKey);
        runJob(reference, "Task_ReservePost");
        assertThat(stage(reference)).isEqualTo(ApplicationStage.OFFERED);
        return reference;
    }

    public void preStartChecks(String reference, boolean allPassed) {
        complete(reference, "Task_PreStartChecks", Map.of("referencesChecked", true, "rightToWorkChecked", true,
                "occupationalHealthChecked", allPassed));
    }

    public ApplicationStage stage(String reference) {
        return applications.findByReference(reference).orElseThrow().stage();
    }

    public String token(String reference) {
        return applications.findByReference(reference).orElseThrow().statusToken();
    }

    /** The process of an application this driver submitted, running or ended. */
    public ProcessInstance instance(String reference) {
        return started.get(reference);
    }

    /** The process of any application, running or ended. */
    public String processInstanceId(String reference) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(FellowshipApplicationProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
    }

    public List<Task> tasks(String reference, String activity) {
        return tasks.createTaskQuery().processDefinitionKey(FellowshipApplicationProcess.KEY)
                .processInstanceBusinessKey(reference).taskDefinitionKey(activity).list();
    }

    public void complete(String reference, String activity, Map<String, Object> variables) {
        List<Task> open = tasks(reference, activity);
        assertThat(open).as("an open task " + activity + " for " + reference).hasSize(1);
        tasks.complete(open.get(0).getId(), variables);
    }

    public void runJob(String reference, String activity) {
        Job job = management.createJobQuery().processDefinitionKey(FellowshipApplicationProcess.KEY)
                .processInstanceId(processInstanceId(reference)).activityId(activity).singleResult();
        assertThat(job).as("a job at " + activity + " for " + reference).isNotNull();
        management.executeJob(job.getId());
    }

    /** Runs the phase process's job waiting at the activity, e.g. its post check after a post changed. */
    public void runPhaseJob(String phaseKey, String activity) {
        String id = runtime.createProcessInstanceQuery().processDefinitionKey(FellowshipPhaseProcess.KEY)
                .processInstanceBusinessKey(phaseKey).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(id).activityId(activity).singleResult();
        assertThat(job).as("a phase job at " + activity).isNotNull();
        management.executeJob(job.getId());
    }

    public boolean phaseHasJob(String phaseKey, String activity) {
        String id = runtime.createProcessInstanceQuery().processDefinitionKey(FellowshipPhaseProcess.KEY)
                .processInstanceBusinessKey(phaseKey).singleResult().getId();
        return management.createJobQuery().processInstanceId(id).activityId(activity).count() > 0;
    }
}
