package org.fellowflow.recruitment;

import org.fellowflow.Browser;
import org.fellowflow.BrowserAvailable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An application from screening to an offer, worked in a real browser (headless chromium) in the Camunda
 * Tasklist by the people who do it: the recruiter screens it and schedules the interview, each panel member
 * scores it for shortlisting and after the interview, and the chair confirms the outcome. Each signs in with
 * their own demo user, works from their Fellowflow filter and completes the task's Camunda Form. The engine's
 * Java API only stands in for time (the interview timer), runs the post reservation's asynchronous step, and
 * checks the result.
 *
 * <p>A screenshot of every form before it is completed, and of the page at a failure (with its source), goes to
 * target/browser-screenshots. Without /usr/bin/chromium and /usr/bin/chromedriver the test is skipped, or fails
 * when CI=true (see {@link BrowserAvailable}).
 *
 * <p>Tasklist lists each task's Application and Proposal (the filters' variables) only to people who may read
 * the process instance's variables, which Fellowflow's groups may not at present; {@link Tasklist#openTask}
 * then tells the tasks apart by their forms' headers.
 */
@ExtendWith(BrowserAvailable.class)
@FellowflowTest
class TasklistBrowserTests {

    private static final String PASSWORD = "demo";
    private static final String INTERVIEW_TIME = "10:30";
    private static final String INTERVIEW_PLACE = "Room 2, Pentonville Road, or https://meet.example/x";
    private static final String SCREENING_REASON = "Employed in Sussex; meets every eligibility requirement.";

    @LocalServerPort int port;
    @Autowired RecruitmentDriver driver;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;

    @Test
    void recruiterPanelAndChairTakeAnApplicationToAnOfferInTasklist() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.apply(phase);
        LocalDate interviewDate = LocalDate.now().plusDays(3);

        String step = "start";
        try (Browser browser = Browser.start()) {
            Tasklist tasklist = new Tasklist(browser, port);
            try {
                step = "1-recruiter-screen-eligibility";
                tasklist.logIn("recruiter", PASSWORD);
                tasklist.openFilter("Screening");
                tasklist.openTask("Screen eligibility", reference);
                tasklist.claim();
                tasklist.chooseRadio("Field_Eligible", "Eligible");
                tasklist.type("Field_ScreeningReason", SCREENING_REASON);
                tasklist.complete(step);
                tasklist.logOut();

                for (String member : RecruitmentDriver.PANEL) {
                    step = "2-" + member + "-shortlisting-assessment";
                    tasklist.logIn(member, PASSWORD);
                    tasklist.openFilter("My assessments");
                    tasklist.openTask("Assess for shortlisting", reference);
                    scoreEveryCriterion(tasklist, "4");
                    tasklist.complete(step);
                    tasklist.logOut();
                }

                step = "3-recruiter-schedule-interview";
                tasklist.logIn("recruiter", PASSWORD);
                tasklist.openFilter("Shortlisting");
                tasklist.openTask("Schedule the interview", reference);
                tasklist.claim();
                tasklist.typeDate("Field_InterviewDate", interviewDate);
                tasklist.typeTime("Field_InterviewTime", INTERVIEW_TIME);
                tasklist.type("Field_InterviewLocation", INTERVIEW_PLACE);
                tasklist.complete(step);
                tasklist.logOut();

                step = "interview-time";
                driver.runJob(reference, "Event_InterviewTime");

                for (String member : RecruitmentDriver.PANEL) {
                    step = "4-" + member + "-interview-assessment";
                    tasklist.logIn(member, PASSWORD);
                    tasklist.openFilter("My assessments");
                    tasklist.openTask("Assess the interview", reference);
                    scoreEveryCriterion(tasklist, "5");
                    tasklist.select("Field_Recommendation", "Appoint");
                    tasklist.complete(step);
                    tasklist.logOut();
                }

                step = "5-chair-confirm-outcome";
                tasklist.logIn("chair", PASSWORD);
                tasklist.openFilter("Chair decisions");
                tasklist.openTask("Confirm the outcome", reference);
                tasklist.claim();
                tasklist.select("Field_ConfirmedOutcome", "Appointable");
                tasklist.complete(step);
                tasklist.logOut();
            } catch (RuntimeException | AssertionError failure) {
                browser.captureFailure(step, failure);
                throw failure;
            }
        }

        String processInstanceId = driver.processInstanceId(reference);
        String[] scoreFields = {"score1", "score2", "score3", "score4", "score5", "score6"};
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                .variableNameIn(scoreFields).list())
                .as("the forms' scores went into the panel tables, not into the process").isEmpty();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(scoreFields).list()).as("nor into its history").isEmpty();
        assertThat(processVariable(processInstanceId, "screeningReason")).isEqualTo(SCREENING_REASON);
        assertThat(processVariable(processInstanceId, "interviewDate")).isEqualTo(interviewDate.toString());
        assertThat(processVariable(processInstanceId, "interviewTime")).isEqualTo(INTERVIEW_TIME);
        assertThat(processVariable(processInstanceId, "interviewLocation")).isEqualTo(INTERVIEW_PLACE);
        assertThat(processVariable(processInstanceId, "confirmedOutcome")).isEqualTo("APPOINTABLE");
        assertThat(((Number) runtime.getVariable(processInstanceId, "meanScore")).doubleValue())
                .as("the mean of the interview scores entered").isEqualTo(5.0);

        driver.runJob(reference, "Task_ReservePost");
        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.OFFERED);
        assertThat(driver.tasks(reference, "Task_RecordOfferResponse")).hasSize(1);
    }

    /** Sets every score field the form shows (the test programme has two criteria); no conflict declared. */
    private static void scoreEveryCriterion(Tasklist tasklist, String score) {
        assertThat(tasklist.ticked("Field_ConflictOfInterest")).as("the conflict of interest box").isFalse();
        List<String> scores = tasklist.shownComponents("Field_Score");
        assertThat(scores).as("the score fields for the test programme's two criteria")
                .containsExactly("Field_Score1", "Field_Score2");
        for (String field : scores) {
            tasklist.type(field, score);
        }
    }

    private Object processVariable(String processInstanceId, String name) {
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).list();
        assertThat(variables).as("the process variable " + name).hasSize(1);
        return variables.get(0).getValue();
    }
}
