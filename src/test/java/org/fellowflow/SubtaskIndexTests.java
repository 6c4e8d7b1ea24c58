package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * The engine's look-up of a task's subtasks, run on every completion, reads the parent-task index instead of
 * every open task; an engine started again on the same database keeps the index. (PostgreSQL:
 * PostgresSchemaIntegrationTests.)
 */
class SubtaskIndexTests {

    private static final String URL = "jdbc:h2:mem:subtask-index;DB_CLOSE_DELAY=-1";

    @Test
    void subtasksAreFoundThroughTheIndexAcrossRestarts() throws SQLException {
        for (int start = 1; start <= 2; start++) {
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                    .createStandaloneInMemProcessEngineConfiguration()
                    .setProcessEngineName("subtask-index-" + start)
                    .setJdbcUrl(URL);
            configuration.setProcessEnginePlugins(List.of(new SubtaskIndex()));
            ProcessEngine engine = configuration.buildProcessEngine();
            try (Connection connection = configuration.getDataSource().getConnection();
                    ResultSet plan = connection.createStatement()
                            .executeQuery("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a task'")) {
                plan.next();
                assertThat(plan.getString(1)).as("start %d", start).contains(SubtaskIndex.NAME);
            } finally {
                engine.close();
            }
        }
    }
}
