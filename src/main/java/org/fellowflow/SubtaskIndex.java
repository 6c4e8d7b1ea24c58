package org.fellowflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Adds the index on a task's parent task that Camunda's schema leaves out (camunda/camunda#36824), once the
 * engine has created or checked its tables.
 * <p>
 * Completing any task looks for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}).
 * Without an index that reads every open task, on H2 and on PostgreSQL alike, so each completion costs more as
 * open tasks pile up: with 20 staff at work on 600 applications it took 2.9 ms a call, 8.7 s of statement time
 * in a minute (docs/benchmarks.md). Nodes that start together may both try to create the index; the loser
 * finds it there.
 */
@Component
class SubtaskIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "ACT_IDX_TASK_PARENT_TASK_ID";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_TASK";
        try (Connection connection = configuration.getDataSource().getConnection()) {
            if (exists(connection)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index if not exists " + NAME + " on " + table + " (PARENT_TASK_ID_)");
            } catch (SQLException e) {
                if (!exists(connection)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not create the index " + NAME + " on " + table, e);
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        String table = connection.getMetaData().storesLowerCaseIdentifiers() ? "act_ru_task" : "ACT_RU_TASK";
        try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, connection.getSchema(), table, false,
                true)) {
            while (indexes.next()) {
                if (NAME.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
