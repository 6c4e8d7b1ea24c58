package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.spring.boot.starter.event.ExecutionEvent;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.fellowflow.FellowflowTest;
import org.fellowflow.FlowNodeCoverage;
import org.fellowflow.notification.Notifications;
import org.fellowflow.panel.AssessmentRound;
import org.fellowflow.panel.AssessmentSummary;
import org.fellowflow.panel.PanelService;
import org.fellowflow.placement.PlacementService;
import org.fellowflow.programme.IllegalTransitionException;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.PhaseStatus;
import org.fellowflow.programme.PostState;
import org.fellowflow.programme.RecruitmentClosed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/** Every path of the fellowship-application process, started through the intake service. */
@FellowflowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FellowshipApplicationProcessTests {

    /** The panel form's fields that a test below sends: two criteria's scores, a hidden score, the conflict. */
    private static final String[] FORM_FIELDS = {"score1", "score2", "score5", "conflictOfInterest", "conflictNote"};

    @Autowired ProcessEngine engine;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired RecruitmentDriver driver;
    @Autowired OfferService offers;
    @Autowired PhaseRegistry phases;
    @Autowired PlacementService placement;
    @Autowired Notifications notifications;
    @Autowired PanelService panel;
    @Autowired ConfigurableApplicationContext context;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void ineligibleApplicationEndsWithTheReason() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.apply(phase);
        assertThat(driver.instance(reference)).isWaitingAt("Task_ScreenEligibility");
        String screening = driver.tasks(reference, "Task_ScreenEligibility").get(0).getId();
        assertThat(engine.getTaskService().getIdentityLinksForTask(screening))
                .extracting(link -> link.getGroupId()).containsExactly("recruiters");

        driver.screen(reference, false);

        assertThat(driver.instance(reference)).isEnded().hasPassed("Task_TellUnsuccessful", "EndEvent_Unsuccessful");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.SCREENED_OUT);
        assertThat(notifications.templatesFor(reference)).containsExactly("application-received", "not-eligible");
    }

    @Test
    void theTaskListCopiesOnATaskLeaveNoHistoryWhileTheProcessVariablesKeepTheirs() {
        String reference = driver.apply(driver.recruitingPhase(2));
        String screening = driver.tasks(reference, "Task_ScreenEligibility").get(0).getId();
        String process = driver.instance(reference).getId();

        assertThat(engine.getTaskService().getVariablesLocal(screening))
                .containsEntry("applicationReference", reference).containsKeys("proposalTitle", "phaseKey");
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(screening).list()).isEmpty();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process)
                .variableName("applicationReference").list()).extracting(v -> v.getValue()).containsExactly(reference);

        driver.screen(reference, false);

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process).singleResult().getState())
                .isEqualTo("COMPLETED");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).variableName("eligible")
                .list()).extracting(v -> v.getValue()).containsExactly(false);
    }

    @Test
    void panelMembersFormFieldsAreNeitherStoredNorShownToTheNextMemberWhileTheirAssessmentsAreKept() {
        String reference = driver.apply(driver.recruitingPhase(2));
        String process = driver.instance(reference).getId();
        driver.screen(reference, true);
        Map<String, Task> assessments = driver.tasks(reference, "Task_AssessForShortlisting").stream()
                .collect(Collectors.toMap(Task::getAssignee, task -> task));
        Map<String, Object> firstMembersForm = new HashMap<>(Map.of("conflictOfInterest", false, "score1", 5L,
                "score2", 5L));
        // A score the form hides (the test programme has two criteria) can still be sent.
        firstMembersForm.put("score5", 1L);
        engine.getTaskService().complete(assessments.get("panel1").getId(), firstMembersForm);

        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(process)
                .variableNameIn(FORM_FIELDS).list())
                .as("no form field stored while the round is open, neither empty ones nor the first member's")
                .isEmpty();
        assertThat(engine.getFormService().getTaskFormVariables(assessments.get("panel2").getId()).keySet())
                .as("the next member's form shows none of the first member's answers")
                .doesNotContain(FORM_FIELDS)
                .contains("criterionCount");
        driver.assess(reference, "Task_AssessForShortlisting", 4, null, List.of("panel3"));

        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(process)
                .variableNameIn(FORM_FIELDS).list())
                .as("no form field stored").isEmpty();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process)
                .variableNameIn(FORM_FIELDS).list())
                .as("nor its history").isEmpty();
        assertThat(history.createHistoricDetailQuery().processInstanceId(process).variableUpdates().list())
                .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .doesNotContain(FORM_FIELDS);
        assertThat(panel.summary(reference, AssessmentRound.SHORTLISTING))
                .as("two members' assessments counted (5 and 4), the conflicted one's not")
                .isEqualTo(new AssessmentSummary(2, 4.5, 4.5, 0.0));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).variableName("meanScore")
                .list()).extracting(v -> v.getValue()).containsExactly(4.5);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).variableName("panelMember")
                .list()).as("the engine's own variables of the panel tasks keep theirs").hasSize(3);
    }

    @Test
    void theListOfARoundsPanelIsNotStoredWhileEachMemberStillGetsTheirTask() {
        String reference = driver.apply(driver.recruitingPhase(2));
        String process = driver.instance(reference).getId();
        driver.screen(reference, true);

        assertThat(driver.tasks(reference, "Task_AssessForShortlisting")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("panel1", "panel2", "panel3");
        assertThat(storedPanelList(process)).as("while the round is open").isEmpty();

        driver.shortlist(reference, 4);
        driver.scheduleInterview(reference);
        driver.runJob(reference, "Event_InterviewTime");
        assertThat(driver.tasks(reference, "Task_AssessInterview")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("panel1", "panel2", "panel3");
        driver.assess(reference, "Task_AssessInterview", 1, "DO_NOT_APPOINT", List.of());
        driver.confirmOutcome(reference);

        assertThat(driver.instance(reference)).isEnded();
        assertThat(storedPanelList(process)).as("after both rounds").isEmpty();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process)
                .variableName(FellowshipApplicationProcess.VAR_PANEL_MEMBERS).list()).as("nor its history").isEmpty();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process)
                .taskDefinitionKey("Task_AssessInterview").list()).extracting(task -> task.getAssignee())
                .as("who was asked to assess stays in the tasks' history")
                .containsExactlyInAnyOrder("panel1", "panel2", "panel3");
    }

    @Test
    void anApplicationThatStoredItsPanelListInAnEarlierVersionGoesThroughItsNextRound() {
        String reference = driver.apply(driver.recruitingPhase(2));
        String process = driver.instance(reference).getId();
        driver.screen(reference, true);
        driver.shortlist(reference, 4);
        driver.scheduleInterview(reference);
        // As Fellowflow left it until the list became transient: the shortlisting round's list, stored.
        engine.getRuntimeService().setVariable(process, FellowshipApplicationProcess.VAR_PANEL_MEMBERS,
                new ArrayList<>(List.of("panel1", "panel2", "panel3")));

        driver.runJob(reference, "Event_InterviewTime");

        assertThat(driver.tasks(reference, "Task_AssessInterview")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("panel1", "panel2", "panel3");
        assertThat(storedPanelList(process)).as("the stored list stays stored, as this round's")
                .extracting(variable -> variable.getValue())
                .containsExactly(List.of("panel1", "panel2", "panel3"));
    }

    private List<VariableInstance> storedPanelList(String process) {
        return engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(process)
                .variableName(FellowshipApplicationProcess.VAR_PANEL_MEMBERS).list();
    }

    @Test
    void anApplicationsStepsPublishNoEngineEventsAsSpringEventsWhileFellowflowsOwnStillArrive() {
        List<Object> published = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<?>> listener = event -> published.add(event.getPayload());
        context.addApplicationListener(listener);
        try {
            String reference = driver.apply(driver.recruitingPhase(2));
            driver.screen(reference, true);
            driver.shortlist(reference, 4);
            context.publishEvent(new RecruitmentClosed("a phase that does not exist"));
        } finally {
            context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
        }

        assertThat(published).as("no execution, task or history event of the engine's")
                .noneMatch(event -> event instanceof DelegateExecution || event instanceof DelegateTask
                        || event instanceof ExecutionEvent || event instanceof TaskEvent
                        || event instanceof HistoryEvent);
        assertThat(published).as("Fellowflow's own events are still published")
                .contains(new RecruitmentClosed("a phase that does not exist"));
    }

    @Test
    void anEndedApplicationsHistoryIsKeptForItsTimeToLiveAfterItEndsWithoutARemovalTimeStamp() {
        String reference = driver.apply(driver.recruitingPhase(2));
        driver.screen(reference, false);

        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(driver.instance(reference).getId()).singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getRemovalTime()).as("no removal time stamped on the history when the application ended")
                .isNull();
        // Camunda counts whole days from the end (its time to live is in days).
        Instant end = ended.getEndTime().toInstant();
        try {
            long dayBefore = cleanableApplicationsAt(end.plus(Duration.ofDays(179)));
            long onTheDay = cleanableApplicationsAt(end.plus(Duration.ofDays(180)));
            assertThat(onTheDay - dayBefore).as("the application's history is cleanable 180 days after it ended, not before")
                    .isGreaterThanOrEqualTo(1);
        } finally {
            ClockUtil.reset();
        }
    }

    private long cleanableApplicationsAt(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        return history.createCleanableHistoricProcessInstanceReport()
                .processDefinitionKeyIn(FellowshipApplicationProcess.KEY).list().stream()
                .mapToLong(report -> report.getCleanableProcessInstanceCount()).sum();
    }

    @Test
    void lowShortlistingScoresEndTheApplication() {
        String reference = driver.apply(driver.recruitingPhase(2));
        driver.screen(reference, true);
        assertThat(driver.tasks(reference, "Task_AssessForShortlisting")).extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrderElementsOf(RecruitmentDriver.PANEL);

        driver.shortlist(reference, 1);

        assertThat(driver.instance(reference)).isEnded().hasPassed("EndEvent_Unsuccessful");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.NOT_SHORTLISTED);
        assertThat(notifications.templatesFor(reference)).contains("not-shortlisted");
    }

    @Test
    void guaranteedInterviewApplicantIsInterviewedWhateverTheScores() {
        String reference = driver.apply(driver.recruitingPhase(2), true);
        driver.screen(reference, true);

        driver.shortlist(reference, 1);

        assertThat(driver.instance(reference)).isWaitingAt("Task_ScheduleInterview");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.INTERVIEW_SCHEDULED);
    }

    @Test
    void conflictsOfInterestLeavingOneCountedMemberBringInAnotherMember() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.apply(phase);
        driver.screen(reference, true);

        driver.assess(reference, "Task_AssessForShortlisting", 4, null, List.of("panel1", "panel2"));

        assertThat(driver.instance(reference)).isWaitingAt("Task_AddShortlistingPanelMember");
        driver.complete(reference, "Task_AddShortlistingPanelMember", Map.of("newPanelMember", "panel4"));
        assertThat(driver.tasks(reference, "Task_AssessForShortlisting")).extracting(t -> t.getAssignee())
                .containsExactly("panel4");
        assertThat(phases.phase(phase).panelMembers()).contains("panel4");

        driver.shortlist(reference, 4);
        assertThat(driver.instance(reference)).isWaitingAt("Task_ScheduleInterview");
    }

    @Test
    void conflictsAtInterviewAlsoBringInAnotherMember() {
        String reference = driver.apply(driver.recruitingPhase(2));
        driver.screen(reference, true);
        driver.shortlist(reference, 4);
        driver.scheduleInterview(reference);
        driver.runJob(reference, "Event_InterviewTime");

        driver.assess(reference, "Task_AssessInterview", 5, "APPOINT", List.of("panel2", "panel3"));
        driver.complete(reference, "Task_AddInterviewPanelMember", Map.of("newPanelMember", "panel5"));
        driver.assess(reference, "Task_AssessInterview", 5, "APPOINT", List.of());

        assertThat(driver.instance(reference)).isWaitingAt("Task_ConfirmOutcome");
        assertThat(engine.getRuntimeService().getVariable(driver.processInstanceId(reference), "suggestedOutcome"))
                .isEqualTo("APPOINTABLE");
    }

    @Test
    void notAppointableCandidateIsToldTheOutcome() {
        String reference = driver.notAppointable(driver.recruitingPhase(2));

        assertThat(driver.instance(reference)).isEnded().hasPassed("Task_TellUnsuccessful");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.NOT_APPOINTABLE);
        assertThat(notifications.templatesFor(reference)).contains("interview-invitation", "not-appointable");
    }

    @Test
    void chairMayOverturnTheOutcomeOnlyWithAReason() {
        String reference = driver.apply(driver.recruitingPhase(2));
        driver.screen(reference, true);
        driver.shortlist(reference, 3);
        driver.scheduleInterview(reference);
        driver.interview(reference, 3, "RESERVE");
        String task = driver.tasks(reference, "Task_ConfirmOutcome").get(0).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of("confirmedOutcome", "APPOINTABLE")))
                .hasMessageContaining("needs a reason");
        assertThat(driver.tasks(reference, "Task_ConfirmOutcome")).hasSize(1);

        driver.complete(reference, "Task_ConfirmOutcome", Map.of("confirmedOutcome", "APPOINTABLE",
                "overturnReason", "Exceptional community links"));
        assertThat(driver.instance(reference)).isWaitingAt("Task_ReservePost");
    }

    @Test
    void candidateWhoAcceptsThroughTheirLinkIsAppointedAndPlaced() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.offered(phase);
        assertThat(offers.openOffer(reference)).isPresent();

        offers.answerByCandidate(driver.token(reference), true);

        assertThat(driver.instance(reference)).hasPassed("Event_CandidateAnswered", "Task_AssignIcs")
                .isWaitingAt("Task_PreStartChecks");
        assertThat(placement.fellowFor(reference)).hasValueSatisfying(fellow -> {
            assertThat(fellow.leadIcs()).isIn("SUSSEX", "KENT_MEDWAY");
            assertThat(fellow.furtherIcss()).hasSize(1);
        });
        driver.preStartChecks(reference, true);
        driver.runJob(reference, "Task_FillPost");

        assertThat(driver.instance(reference)).isEnded().hasPassed("EndEvent_Appointed");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.APPOINTED);
        assertThat(phases.phase(phase).posts()).extracting(PhaseDetails.PostDetails::state)
                .containsExactlyInAnyOrder(PostState.FILLED, PostState.OPEN);
        assertThat(driver.phaseHasJob(phase, "Task_CheckPosts")).as("the phase heard PostFilled").isTrue();
        assertThatThrownBy(() -> offers.answerByCandidate(driver.token(reference), false))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void recruiterRecordsTheAnswerGivenByPhone() {
        String reference = driver.offered(driver.recruitingPhase(2));

        driver.complete(reference, "Task_RecordOfferResponse", Map.of("offerAccepted", "true"));

        assertThat(driver.instance(reference)).hasPassed("Task_ApplyOfferResponse").isWaitingAt("Task_PreStartChecks");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.ACCEPTED);
    }

    @Test
    void declinedOfferGoesToTheBestReserveCandidate() {
        String phase = driver.recruitingPhase(1);
        String first = driver.offered(phase);
        String reserve = driver.appointable(phase);
        driver.runJob(reserve, "Task_ReservePost");
        assertThat(driver.instance(reserve)).hasPassed("Task_JoinReserveList").isWaitingAt("Gateway_OnReserveList");
        assertThat(driver.stage(reserve)).isEqualTo(ApplicationStage.RESERVE);

        offers.answerByCandidate(driver.token(first), false);
        driver.runJob(first, "Task_ReleasePost");

        assertThat(driver.instance(first)).isEnded().hasPassed("EndEvent_OfferNotTakenUp");
        assertThat(driver.stage(first)).isEqualTo(ApplicationStage.DECLINED);
        assertThat(driver.instance(reserve)).hasPassed("Event_PostAvailable", "Task_MakeOffer")
                .isWaitingAt("Task_RecordOfferResponse");
        assertThat(phases.phase(phase).posts()).extracting(PhaseDetails.PostDetails::heldFor).containsExactly(reserve);
    }

    @Test
    void unansweredOfferLapsesAndThePostIsReleased() {
        String phase = driver.recruitingPhase(1);
        String reference = driver.offered(phase);
        driver.runJob(reference, "Event_OfferReminderDue");
        assertThat(driver.instance(reference)).hasPassed("Task_RemindOffer", "EndEvent_OfferReminded")
                .isWaitingAt("Task_RecordOfferResponse");
        assertThat(notifications.templatesFor(reference)).contains("offer-reminder");

        driver.runJob(reference, "Event_OfferLapsed");
        driver.runJob(reference, "Task_ReleasePost");

        assertThat(driver.instance(reference)).isEnded().hasPassed("Task_LapseOffer", "EndEvent_OfferNotTakenUp");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.LAPSED);
        assertThat(phases.phase(phase).posts()).extracting(PhaseDetails.PostDetails::state)
                .containsExactly(PostState.OPEN);
        assertThat(notifications.templatesFor(reference)).contains("offer", "offer-lapsed");
    }

    @Test
    void failedPreStartCheckReleasesThePostAndUndoesThePlacement() {
        String phase = driver.recruitingPhase(1);
        String reference = driver.offered(phase);
        offers.answerByCandidate(driver.token(reference), true);

        driver.preStartChecks(reference, false);
        driver.runJob(reference, "Task_ReleasePost");

        assertThat(driver.instance(reference)).isEnded().hasPassed("EndEvent_OfferNotTakenUp");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.CHECKS_FAILED);
        assertThat(placement.fellowFor(reference)).isEmpty();
        assertThat(phases.phase(phase).openPosts()).isEqualTo(1);
    }

    @Test
    void reserveCandidateIsToldWhenTheFellowsStart() {
        String phase = driver.recruitingPhase(1);
        String appointed = driver.offered(phase);
        String reserve = driver.apply(phase);
        driver.screen(reserve, true);
        driver.shortlist(reserve, 3);
        driver.scheduleInterview(reserve);
        driver.interview(reserve, 3, "RESERVE");
        driver.confirmOutcome(reserve);
        assertThat(driver.stage(reserve)).isEqualTo(ApplicationStage.RESERVE);

        offers.answerByCandidate(driver.token(appointed), true);
        driver.preStartChecks(appointed, true);
        driver.runJob(appointed, "Task_FillPost");
        driver.runPhaseJob(phase, "Task_CheckPosts");
        assertThat(phases.phase(phase).status()).isEqualTo(PhaseStatus.FILLED);
        driver.runPhaseJob(phase, "Event_StartDate");
        driver.runPhaseJob(phase, "Task_StartFellows");

        assertThat(driver.instance(reserve)).isEnded().hasPassed("Event_ReserveListClosed", "EndEvent_NotAppointed");
        assertThat(driver.stage(reserve)).isEqualTo(ApplicationStage.NOT_APPOINTED);
        assertThat(notifications.templatesFor(reserve)).contains("reserve-list", "reserve-list-closed");
    }

    @Test
    void applicationsNotYetInterviewedEndWhenRecruitmentCloses() {
        String phase = driver.recruitingPhase(1);
        String appointed = driver.offered(phase);
        String screening = driver.apply(phase);
        String scheduled = driver.apply(phase);
        driver.screen(scheduled, true);
        driver.shortlist(scheduled, 4);

        offers.answerByCandidate(driver.token(appointed), true);
        driver.preStartChecks(appointed, true);
        driver.runJob(appointed, "Task_FillPost");
        driver.runPhaseJob(phase, "Task_CheckPosts");

        for (String reference : List.of(screening, scheduled)) {
            assertThat(driver.instance(reference)).isEnded().hasPassed("Task_TellRecruitmentClosed",
                    "EndEvent_RecruitmentClosed");
            assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.RECRUITMENT_CLOSED);
        }
        assertThatThrownBy(() -> driver.apply(phase)).isInstanceOf(
                org.fellowflow.programme.PhaseNotRecruitingException.class);
    }

    @AfterAll
    void everyFlowNodeOfTheApplicationProcessIsCovered() {
        Set<String> missing = FlowNodeCoverage.missing(repository, history, FellowshipApplicationProcess.KEY, null);
        assertThat(missing).as("flow nodes no test reaches").isEmpty();
    }
}
