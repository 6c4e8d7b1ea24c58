package org.fellowflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.fellowflow.FellowflowTest;
import org.fellowflow.FlowNodeCoverage;
import org.fellowflow.programme.FellowshipPhaseProcess;
import org.fellowflow.programme.IllegalTransitionException;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.PhaseStatus;
import org.fellowflow.programme.PostState;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fellow journey on every path, and one phase through its whole lifecycle: launch, recruitment, filled,
 * the start date, two journeys, one completing with outputs and one withdrawing, and the phase ending.
 */
@FellowflowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FellowJourneyProcessTests {

    @Autowired RecruitmentDriver driver;
    @Autowired Fellows fellows;
    @Autowired PhaseRegistry phases;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;

    @Test
    void aPhaseEndsOnlyWhenEveryJourneyHasEnded() {
        String phase = driver.recruitingPhase(2);
        String first = "F-" + driver.appointed(phase);
        String second = "F-" + driver.appointed(phase);
        start(phase);
        assertThat(phases.phase(phase).status()).isEqualTo(PhaseStatus.STARTED);
        assertThat(fellows.fellow(first).status()).isEqualTo("ACTIVE");

        complete(first, "Task_Onboard", Map.of("hostTeam", "Sussex QI team", "supervisor", "Dr Ada Lovelace, QI lead",
                "hoursPerWeek", 15.0, "backfillAgreement", "Sussex ICB pays the Trust for two days a week"));
        assertThat(fellows.fellow(first).communityOfPractice()).isEqualTo("KSS Knowledge Mobilisation Community");
        assertThat(fellows.fellow(first).journeyStage()).isEqualTo("IN_FELLOWSHIP");

        runJob(first, "Event_CheckInDue");
        complete(first, "Task_RecordCheckIn", Map.of("checkInProgress", "Scoping done", "checkInRisks", "None",
                "checkInSupport", "Data access"));
        runJob(first, "Event_ModulesCheckDue");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(journey(first))
                .activityId("EndEvent_ModulesOnTrack").count()).as("no module overdue yet").isOne();
        fellows.completeModule(first, "Introduction to knowledge mobilisation");

        runJob(first, "Event_MidPoint");
        complete(first, "Task_MidPointReview", Map.of("midPointOnTrack", "true", "midPointNotes", "Good progress"));
        runJob(first, "Event_FellowshipEnds");
        complete(first, "Task_SubmitFinalReport", Map.of("finalReportSummary", "What changed",
                "output1Title", "Missed appointments toolkit", "output1Kind", "Toolkit",
                "output1Audience", "Outpatient teams", "output1Link", "https://example.org/toolkit"));
        complete(first, "Task_ReviewFinalReport", Map.of("finalReportApproved", "false",
                "finalReportReviewNotes", "Add the evaluation"));
        complete(first, "Task_SubmitFinalReport", Map.of("finalReportSummary", "What changed, evaluated",
                "output1Title", "Missed appointments toolkit", "output1Kind", "Toolkit",
                "output1Audience", "Outpatient teams", "output1Link", "https://example.org/toolkit",
                "output2Title", "Evaluation report", "output2Kind", "Report", "output2Audience", "Sussex ICB"));
        complete(first, "Task_ReviewFinalReport", Map.of("finalReportApproved", "true"));

        FellowView completed = fellows.fellow(first);
        assertThat(completed.status()).isEqualTo("COMPLETED");
        assertThat(completed.journeyStage()).isEqualTo("COMPLETED");
        assertThat(completed.outputs()).extracting(Journey.Output::title)
                .containsExactly("Missed appointments toolkit", "Evaluation report");
        assertThat(completed.checkIns()).hasSize(1);
        assertThat(completed.modules()).first().extracting(FellowView.ModuleView::completedOn).isNotNull();
        assertThat(phases.phase(phase).status()).as("one journey still runs").isEqualTo(PhaseStatus.STARTED);

        fellows.withdraw(second, "Moved abroad");

        assertThat(fellows.fellow(second).status()).isEqualTo("WITHDRAWN");
        assertThat(fellows.fellow(second).withdrawnReason()).isEqualTo("Moved abroad");
        PhaseDetails ended = phases.phase(phase);
        assertThat(ended.status()).isEqualTo(PhaseStatus.ENDED);
        assertThat(ended.endedOn()).isEqualTo(LocalDate.now());
        assertThat(ended.posts()).extracting(PhaseDetails.PostDetails::state)
                .as("a withdrawal after the start leaves the post as it was").containsOnly(PostState.FILLED);
        assertThatThrownBy(() -> fellows.withdraw(second, "again")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void withdrawalBeforeTheStartReopensThePostAndRecruitment() {
        String phase = driver.recruitingPhase(1);
        String fellow = "F-" + driver.appointed(phase);
        driver.runPhaseJob(phase, "Task_CheckPosts");
        assertThat(phases.phase(phase).status()).isEqualTo(PhaseStatus.FILLED);

        fellows.withdraw(fellow, "Took another job");

        assertThat(fellows.fellow(fellow).status()).isEqualTo("WITHDRAWN");
        assertThat(phases.phase(phase).status()).isEqualTo(PhaseStatus.RECRUITING);
        assertThat(phases.phase(phase).openPosts()).isOne();
        driver.runPhaseJob(phase, "Task_CheckPosts");
        String process = runtime.createProcessInstanceQuery().processDefinitionKey(FellowshipPhaseProcess.KEY)
                .processInstanceBusinessKey(phase).singleResult().getId();
        assertThat(runtime.getActiveActivityIds(process)).contains("Gateway_WaitForPostChange");
    }

    @Test
    void aPostLeftBeforeTheStartGoesToTheBestReserveCandidate() {
        String phase = driver.recruitingPhase(1);
        String fellow = "F-" + driver.appointed(phase);
        String reserve = driver.appointable(phase);
        driver.runJob(reserve, "Task_ReservePost");
        assertThat(driver.stage(reserve).name()).isEqualTo("RESERVE");

        fellows.withdraw(fellow, "Took another job");

        assertThat(driver.stage(reserve).name()).isEqualTo("OFFERED");
        assertThat(phases.phase(phase).posts()).extracting(PhaseDetails.PostDetails::heldFor).containsExactly(reserve);
    }

    @Test
    void anExtensionMovesTheRemainingTimers() {
        String phase = driver.recruitingPhase(1);
        String fellow = "F-" + driver.appointed(phase);
        start(phase);
        complete(fellow, "Task_Onboard", Map.of("hostTeam", "Kent QI", "supervisor", "Sam", "hoursPerWeek", 20,
                "backfillAgreement", "None needed"));
        FellowView before = fellows.fellow(fellow);
        LocalDate newEnd = before.endDate().plusMonths(6);

        fellows.extend(fellow, newEnd, "Parental leave");

        assertThat(fellows.fellow(fellow).endDate()).isEqualTo(newEnd);
        Job end = job(fellow, "Event_FellowshipEnds");
        assertThat(end).isNull();
        Job midPoint = job(fellow, "Event_MidPoint");
        LocalDate expectedMid = before.startDate().plusDays(
                java.time.temporal.ChronoUnit.DAYS.between(before.startDate(), newEnd) / 2);
        assertThat(midPoint.getDuedate()).isEqualTo(java.util.Date.from(
                expectedMid.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant()));
        runJob(fellow, "Event_MidPoint");
        complete(fellow, "Task_MidPointReview", Map.of("midPointOnTrack", "false", "midPointNotes", "Behind"));
        assertThat(job(fellow, "Event_FellowshipEnds").getDuedate()).isEqualTo(java.util.Date.from(
                newEnd.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant()));
    }

    @Test
    void anOverdueTrainingModuleRaisesOneTaskForTheProgrammeTeam() {
        String phase = driver.recruitingPhase(1, LocalDate.now().minusDays(300));
        String fellow = "F-" + driver.appointed(phase);
        start(phase);
        complete(fellow, "Task_Onboard", Map.of("hostTeam", "Frimley QI", "supervisor", "Jo", "hoursPerWeek", 15,
                "backfillAgreement", "Frimley pays"));

        runJob(fellow, "Event_ModulesCheckDue");
        assertThat(tasks(fellow, "Task_FollowUpModule")).hasSize(1);
        assertThat(runtime.getVariable(journey(fellow), "overdueModules"))
                .isEqualTo("Introduction to knowledge mobilisation");
        complete(fellow, "Task_FollowUpModule", Map.of("followUpNote", "Booked for next month"));
        runJob(fellow, "Event_ModulesCheckDue");
        assertThat(tasks(fellow, "Task_FollowUpModule")).as("followed up once").isEmpty();
    }

    @AfterAll
    void everyFlowNodeOfTheJourneyProcessIsCovered() {
        Set<String> missing = FlowNodeCoverage.missing(repository, history, FellowJourneyProcess.KEY, null);
        assertThat(missing).as("flow nodes no test reaches").isEmpty();
    }

    /** The phase fills, its start date comes, and each fellow's journey begins. */
    private void start(String phase) {
        while (driver.phaseHasJob(phase, "Task_CheckPosts")) {
            driver.runPhaseJob(phase, "Task_CheckPosts");
        }
        driver.runPhaseJob(phase, "Event_StartDate");
        driver.runPhaseJob(phase, "Task_StartFellows");
    }

    private String journey(String fellow) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(FellowJourneyProcess.KEY)
                .processInstanceBusinessKey(fellow).singleResult().getId();
    }

    private List<Task> tasks(String fellow, String activity) {
        return tasks.createTaskQuery().processInstanceId(journey(fellow)).taskDefinitionKey(activity).list();
    }

    private void complete(String fellow, String activity, Map<String, Object> variables) {
        List<Task> open = tasks(fellow, activity);
        assertThat(open).as("an open " + activity + " for " + fellow).hasSize(1);
        tasks.complete(open.get(0).getId(), variables);
    }

    private Job job(String fellow, String activity) {
        return management.createJobQuery().processInstanceId(journey(fellow)).activityId(activity).singleResult();
    }

    private void runJob(String fellow, String activity) {
        Job job = job(fellow, activity);
        assertThat(job).as("a job at " + activity).isNotNull();
        management.executeJob(job.getId());
    }
}
