package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Every task belongs to a process: CMMN and tasks outside processes are off, so the engine's task queries join
 * inner (H2PlannerHints), and a task made outside a process, as Tasklist's "Create task" would, is refused.
 */
@FellowflowTest
class ProcessTasksOnlyTests {

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired TaskService tasks;
    @Autowired TestRestTemplate http;

    @Test
    void theTaskQueryAsksForProcessTasksOnly() {
        TaskQueryImpl query = (TaskQueryImpl) tasks.createTaskQuery().processInstanceBusinessKey("KSS-1-0001");

        boolean processTasksOnly = engine.getCommandExecutorTxRequired()
                .execute(context -> query.isQueryForProcessTasksOnly());

        assertThat(processTasksOnly).as("the task query joins the process definitions inner").isTrue();
    }

    @Test
    void aTaskOutsideAProcessIsRefused() {
        ResponseEntity<String> refused = http.withBasicAuth("admin", "admin").postForEntity(
                "/engine-rest/task/create", Map.of("id", "loose-task", "name", "A loose task"),
                String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("standalone task");
        assertThat(tasks.createTaskQuery().taskId("loose-task").count()).isZero();
    }
}
