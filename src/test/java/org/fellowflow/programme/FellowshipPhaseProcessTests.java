package org.fellowflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.fellowflow.FellowflowTest;
import org.fellowflow.FlowNodeCoverage;
import org.fellowflow.programme.ProgrammeCatalogue.IcsPlan;
import org.fellowflow.programme.ProgrammeCatalogue.PhasePlan;
import org.fellowflow.programme.ProgrammeCatalogue.ProgrammePlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the fellowship-phase process, each started through the real entry point (the programme
 * importer) and moved by the domain services that later features call. The job executor is off: each test
 * runs the due jobs itself, so timers fire exactly when the test says.
 */
@FellowflowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FellowshipPhaseProcessTests {

    private static final AtomicInteger phases = new AtomicInteger();
    private static final ProgrammeCatalogue.PanelPlan PANEL =
            new ProgrammeCatalogue.PanelPlan("chair", List.of("panel1", "panel2", "panel3"));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired ProgrammeImporter importer;
    @Autowired PhaseService phaseService;
    @Autowired PhaseRegistry registry;
    @Autowired PostService posts;
    @Autowired PhaseCalendar calendar;

    private final List<String> instancesOfThisClass = new ArrayList<>();
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void phaseWithAFutureLaunchWaitsForItsLaunchDate() {
        String key = plan(today.plusDays(30), today.plusDays(120), 2);
        ProcessInstance phase = instance(key);

        assertThat(phase).isWaitingAt("Event_LaunchDate");
        assertThat(timer(phase, "Event_LaunchDate").getDuedate()).isEqualTo(calendar.startOfDay(today.plusDays(30)));
        assertThat(status(key)).isEqualTo(PhaseStatus.PLANNED);

        run(phase, "Event_LaunchDate");
        assertThat(status(key)).isEqualTo(PhaseStatus.RECRUITING);
        run(phase, "Task_CheckPosts");
        assertThat(phase).isWaitingAt("Gateway_WaitForPostChange");
        assertThat(registry.phase(key).recruitmentOpenedOn()).isEqualTo(today);
    }

    @Test
    void phaseWhoseLaunchDateHasPassedLaunchesAtOnce() {
        String key = plan(today.minusDays(10), today.plusDays(90), 2);
        ProcessInstance phase = instance(key);

        assertThat(timer(phase, "Event_LaunchDate").getDuedate()).isBefore(new Date());
        launch(phase);
        assertThat(phase).isWaitingAt("Gateway_WaitForPostChange");
        assertThat(status(key)).isEqualTo(PhaseStatus.RECRUITING);
    }

    @Test
    void allPostsFilledAtOnceClosesRecruitmentAndStartsTheFellowsOnTheStartDate() {
        String key = plan(today.minusDays(10), today.plusDays(90), 2);
        ProcessInstance phase = instance(key);
        launch(phase);

        appoint(key, "APP-1");
        appoint(key, "APP-2");
        run(phase, "Task_CheckPosts");

        assertThat(phase).hasPassed("EndEvent_AllPostsFilled", "Task_CloseRecruitment")
                .isWaitingAt("Gateway_WaitForStart");
        assertThat(status(key)).isEqualTo(PhaseStatus.FILLED);
        assertThat(registry.phase(key).filledOn()).isEqualTo(today);
        assertThat(timer(phase, "Event_StartDate").getDuedate()).isEqualTo(calendar.startOfDay(today.plusDays(90)));

        run(phase, "Event_StartDate");
        run(phase, "Task_StartFellows");
        // Posts filled here without appointed fellows: no journey to follow, so the phase ends at once.
        assertThat(phase).isEnded().hasPassed("Task_EndPhase", "EndEvent_PhaseEnded");
        assertThat(status(key)).isEqualTo(PhaseStatus.ENDED);
        assertThat(registry.phase(key).startedOn()).isEqualTo(today);
    }

    @Test
    void phaseKeepsRecruitingUntilTheLastPostIsFilled() {
        String key = plan(today.minusDays(10), today.plusDays(90), 2);
        ProcessInstance phase = instance(key);
        launch(phase);

        appoint(key, "APP-1");
        run(phase, "Task_CheckPosts");
        assertThat(phase).isWaitingAt("Gateway_WaitForPostChange").hasPassed("Event_PostFilled");
        assertThat(status(key)).isEqualTo(PhaseStatus.RECRUITING);

        appoint(key, "APP-2");
        run(phase, "Task_CheckPosts");
        assertThat(status(key)).isEqualTo(PhaseStatus.FILLED);
    }

    @Test
    void releasedOfferLeavesThePhaseRecruiting() {
        String key = plan(today.minusDays(10), today.plusDays(90), 1);
        ProcessInstance phase = instance(key);
        launch(phase);

        assertThat(posts.reserve(key, "APP-1")).contains(1);
        assertThat(posts.reserve(key, "APP-2")).isEmpty();
        posts.release(key, "APP-1");
        run(phase, "Task_CheckPosts");

        assertThat(phase).hasPassed("Event_PostReleased").isWaitingAt("Gateway_WaitForPostChange");
        assertThat(registry.phase(key).posts()).extracting(PhaseDetails.PostDetails::state).containsExactly(PostState.OPEN);
    }

    @Test
    void openPostsAreReadvertisedOnTheProgrammesInterval() {
        String key = plan(today.minusDays(10), today.plusDays(90), 2);
        ProcessInstance phase = instance(key);
        launch(phase);

        Job readvertising = timer(phase, "Event_ReadvertisingDue");
        assertThat(readvertising.getDuedate()).isAfter(Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(27))));
        run(phase, "Event_ReadvertisingDue");
        run(phase, "Event_ReadvertisingDue");

        assertThat(registry.phase(key).readvertisements()).containsExactly(today, today);
        assertThat(phase).hasPassed("Task_RecordReadvertisement", "EndEvent_Readvertised")
                .isWaitingAt("Gateway_WaitForPostChange");
        assertThat(timer(phase, "Event_ReadvertisingDue")).as("the next re-advertising is scheduled").isNotNull();
    }

    @Test
    void postReleasedAfterRecruitmentClosedReopensRecruitment() {
        String key = plan(today.minusDays(10), today.plusDays(90), 2);
        ProcessInstance phase = instance(key);
        launch(phase);
        appoint(key, "APP-1");
        appoint(key, "APP-2");
        run(phase, "Task_CheckPosts");
        assertThat(phase).isWaitingAt("Gateway_WaitForStart");

        posts.release(key, "APP-2");

        assertThat(phase).hasPassed("Event_PostReleasedBeforeStart");
        assertThat(status(key)).isEqualTo(PhaseStatus.RECRUITING);
        assertThat(registry.phase(key).filledOn()).isNull();
        run(phase, "Task_CheckPosts");
        assertThat(phase).isWaitingAt("Gateway_WaitForPostChange");

        appoint(key, "APP-3");
        run(phase, "Task_CheckPosts");
        assertThat(status(key)).isEqualTo(PhaseStatus.FILLED);
        assertThat(phase).isWaitingAt("Gateway_WaitForStart");
    }

    @Test
    void startDatePassingWithPostsOpenMarksThePhaseLateAndItKeepsRecruiting() {
        String key = plan(today.minusDays(100), today.minusDays(5), 1);
        ProcessInstance phase = instance(key);
        launch(phase);

        run(phase, "Event_StartDatePassed");

        assertThat(status(key)).isEqualTo(PhaseStatus.LATE);
        assertThat(phase).hasPassed("Task_MarkPhaseLate", "EndEvent_MarkedLate")
                .isWaitingAt("Gateway_WaitForPostChange");
        assertThat(management.createJobQuery().processInstanceId(phase.getId()).activityId("Event_StartDatePassed")
                .count()).as("the phase is marked late once").isZero();

        appoint(key, "APP-1");
        run(phase, "Task_CheckPosts");
        assertThat(status(key)).isEqualTo(PhaseStatus.FILLED);
        assertThat(timer(phase, "Event_StartDate").getDuedate()).isBefore(new Date());
        run(phase, "Event_StartDate");
        run(phase, "Task_StartFellows");
        assertThat(status(key)).isEqualTo(PhaseStatus.ENDED);
        assertThat(phase).isEnded();
    }

    @Test
    void changedLaunchDateMovesTheLaunchTimerOfAPhaseNotYetLaunched() {
        LocalDate launch = today.plusDays(30);
        String key = plan(launch, today.plusDays(120), 2);
        ProcessInstance phase = instance(key);

        importer.importCatalogue(catalogue(new PhasePlan(key, "Renamed", launch.plusDays(7), today.plusDays(130), 3,
                List.of("SUSSEX"), PANEL)));

        assertThat(timer(phase, "Event_LaunchDate").getDuedate()).isEqualTo(calendar.startOfDay(launch.plusDays(7)));
        PhaseDetails updated = registry.phase(key);
        assertThat(updated.name()).isEqualTo("Renamed");
        assertThat(updated.posts()).hasSize(3);
        assertThat(updated.icss()).containsExactly("SUSSEX");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isEqualTo(1);
    }

    @Test
    void launchedPhaseKeepsItsPlanWhenTheFileChanges() {
        String key = plan(today.minusDays(10), today.plusDays(90), 2);
        launch(instance(key));

        importer.importCatalogue(catalogue(new PhasePlan(key, "Renamed", today.minusDays(3), today.plusDays(95), 5,
                List.of("KENT_MEDWAY"), PANEL)));

        PhaseDetails unchanged = registry.phase(key);
        assertThat(unchanged.name()).isEqualTo("Phase " + key);
        assertThat(unchanged.posts()).hasSize(2);
        assertThat(unchanged.launchDate()).isEqualTo(today.minusDays(10));
    }

    @AfterAll
    void everyFlowNodeOfThePhaseProcessIsCovered() {
        Set<String> missing = FlowNodeCoverage.missing(repository, history, FellowshipPhaseProcess.KEY,
                instancesOfThisClass);
        assertThat(missing).as("flow nodes no test reaches").isEmpty();
    }

    private String plan(LocalDate launch, LocalDate start, int postCount) {
        String key = "TEST-" + phases.incrementAndGet();
        importer.importCatalogue(catalogue(new PhasePlan(key, "Phase " + key, launch, start, postCount,
                List.of("KENT_MEDWAY"), PANEL)));
        return key;
    }

    private static ProgrammeCatalogue catalogue(PhasePlan phase) {
        return new ProgrammeCatalogue(
                List.of(new IcsPlan("KENT_MEDWAY", "Kent and Medway"), new IcsPlan("SUSSEX", "Sussex")),
                List.of(new ProgrammePlan("TEST", "Test Fellowship", Period.ofDays(28),
                        List.of(new Criterion("Proposal", "A feasible project.")), List.of(phase),
                        ProgrammeCatalogue.FellowshipPlan.standard())));
    }

    private ProcessInstance instance(String key) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(FellowshipPhaseProcess.KEY).processInstanceBusinessKey(key).singleResult();
        instancesOfThisClass.add(instance.getId());
        return instance;
    }

    private void launch(ProcessInstance phase) {
        run(phase, "Event_LaunchDate");
        run(phase, "Task_CheckPosts");
    }

    private void appoint(String key, String applicationReference) {
        assertThat(posts.reserve(key, applicationReference)).isPresent();
        posts.fill(key, applicationReference);
    }

    private PhaseStatus status(String key) {
        return registry.phase(key).status();
    }

    private Job timer(ProcessInstance phase, String activityId) {
        return management.createJobQuery().processInstanceId(phase.getId()).activityId(activityId).singleResult();
    }

    private void run(ProcessInstance phase, String activityId) {
        Job job = timer(phase, activityId);
        assertThat(job).as("a job waits at " + activityId).isNotNull();
        management.executeJob(job.getId());
    }
}
