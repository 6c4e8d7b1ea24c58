package org.fellowflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.fellowflow.RunningNode;

/**
 * Drives the bare BPMN (bench/baseline-application.bpmn) the way RecruitmentDriver drives Fellowflow's process:
 * the same lookups and the same steps, through the Java API.
 */
final class BaselineDriver {

    static final String KEY = "BaselineApplicationProcess";
    static final String DEPLOYMENT = "benchmark baseline";
    private static final List<String> PANEL = List.of("panel1", "panel2", "panel3");
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;

    /** Deploys the bare BPMN on the node's engine. */
    BaselineDriver(RunningNode node) {
        this(node.bean(ProcessEngine.class));
    }

    /** Deploys the bare BPMN on the engine. */
    BaselineDriver(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().name(DEPLOYMENT)
                .addClasspathResource("bench/baseline-application.bpmn").deploy();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        management = engine.getManagementService();
        history = engine.getHistoryService();
    }

    /** The whole path: the same nine user tasks and two jobs as Fellowflow's "not appointable" path. */
    void application(String key) {
        startAndAcknowledge(key);
        onceStarted(key);
    }

    /** The steps of {@link #application} after the start and the acknowledgement. */
    void onceStarted(String key) {
        screen(key);
        shortlist(key);
        scheduleInterview(key);
        interview(key);
        confirmOutcome(key);
    }

    void startAndAcknowledge(String key) {
        start(key);
        runJob(key, "Task_Acknowledge");
    }

    /** Starts an application; a running job executor acknowledges it, as Fellowflow's does. */
    void start(String key) {
        runtime.startProcessInstanceByKey(KEY, key, Map.of("panel", PANEL));
    }

    void screen(String key) {
        complete(key, "Task_Screen", Map.of("eligible", "true", "screeningReason", "Meets the criteria"));
    }

    void shortlist(String key) {
        assess(key, "Task_Shortlist", 4, null);
    }

    void scheduleInterview(String key) {
        complete(key, "Task_Schedule", Map.of("interviewDate", LocalDate.now().plusDays(3).toString(),
                "interviewTime", "10:30", "interviewLocation", "Room 2"));
    }

    void interview(String key) {
        runJob(key, "Event_InterviewTime");
        assess(key, "Task_Interview", 1, "DO_NOT_APPOINT");
    }

    void confirmOutcome(String key) {
        complete(key, "Task_Confirm", Map.of("confirmedOutcome", runtime.getVariable(instance(key), "suggestedOutcome")));
    }

    private void assess(String key, String activity, int score, String recommendation) {
        for (Task task : tasks(key, activity)) {
            Map<String, Object> form = new HashMap<>();
            form.put("conflictOfInterest", false);
            form.put("score1", (long) score);
            form.put("score2", (long) score);
            if (recommendation != null) {
                form.put("recommendation", recommendation);
            }
            tasks.complete(task.getId(), form);
        }
    }

    private List<Task> tasks(String key, String activity) {
        return tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(key)
                .taskDefinitionKey(activity).list();
    }

    private void complete(String key, String activity, Map<String, Object> variables) {
        List<Task> open = tasks(key, activity);
        assertThat(open).as("an open task " + activity + " for " + key).hasSize(1);
        tasks.complete(open.get(0).getId(), variables);
    }

    private String instance(String key) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(key)
                .singleResult().getId();
    }

    private void runJob(String key, String activity) {
        Job job = management.createJobQuery().processDefinitionKey(KEY).processInstanceId(instance(key))
                .activityId(activity).singleResult();
        assertThat(job).as("a job at " + activity + " for " + key).isNotNull();
        management.executeJob(job.getId());
    }
}
