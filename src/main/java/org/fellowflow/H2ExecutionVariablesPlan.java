package org.fellowflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * On H2 only: tells H2's planner that a variable's execution id picks out few rows, so that the engine's most
 * frequent query, an execution's variables ({@code EXECUTION_ID_ = ? and TASK_ID_ is null}), uses the
 * execution-id index from the first time it is planned.
 * <p>
 * On a new database the table is empty and H2 has no statistics. It then plans that query on the task-id index
 * ({@code TASK_ID_ is null}), which matches every variable of every process, and keeps the plan in each
 * connection's statement cache after its statistics say otherwise. Under 20 staff at once this one query took
 * 41 % of the request threads' time (docs/benchmarks.md). A selectivity is only a hint for the planner: H2's automatic
 * ANALYZE replaces it with the measured figure as the table fills, which leads to the same plan.
 */
@Component
class H2ExecutionVariablesPlan extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        if (!"h2".equals(configuration.getDatabaseType())) {
            return;
        }
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_VARIABLE";
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " alter column EXECUTION_ID_ selectivity 99");
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not give H2 the selectivity of " + table + ".EXECUTION_ID_", e);
        }
    }
}
