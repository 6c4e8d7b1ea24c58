package org.fellowflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * On H2 only: gives H2's planner the selectivity of three kinds of engine column, so that the engine's frequent
 * queries use the right index from the first time they are planned:
 * <ul>
 * <li>a variable's execution id picks out few rows: an execution's variables ({@code EXECUTION_ID_ = ? and
 * TASK_ID_ is null}) are read on the execution-id index, not on the task-id index, which matches every process
 * variable;</li>
 * <li>a process instance's business key picks out one: a user's task of an application
 * ({@code /task?processInstanceBusinessKey=...}) is found from the application's execution;</li>
 * <li>a tenant id picks out nothing: Fellowflow has no tenants, every row's tenant id is null, and the engine
 * asks for {@code TENANT_ID_ is null} in every query of a signed-in user. Without this H2 took the tenant-id
 * index for a selective one and read every open task to find one application's.</li>
 * </ul>
 * On a new database the tables are empty and H2 has no statistics. The first plan of each statement stays in each
 * connection's statement cache after the statistics say otherwise: under 20 staff at once the variables query
 * took 41 % of the request threads' time, and each task look-up by business key read every open task
 * (docs/benchmarks.md). A selectivity is only a hint: H2's automatic ANALYZE replaces it with the measured figure
 * as the tables fill, which leads to the same plans.
 * <p>
 * The task look-up can start from the execution only because the task query joins inner, with CMMN and tasks
 * outside processes switched off (application.yaml): H2 does not reorder its joins across an outer join.
 */
@Component
class H2PlannerHints extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        if (!"h2".equals(configuration.getDatabaseType())) {
            return;
        }
        String prefix = configuration.getDatabaseTablePrefix();
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(selectivity(prefix + "ACT_RU_VARIABLE", "EXECUTION_ID_", 99));
            statement.execute(selectivity(prefix + "ACT_RU_EXECUTION", "BUSINESS_KEY_", 99));
            for (String table : tablesWithTenantIds(connection, prefix)) {
                statement.execute(selectivity(table, "TENANT_ID_", 1));
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not give H2 the selectivity of the engine's columns", e);
        }
    }

    private static String selectivity(String table, String column, int percent) {
        return "alter table " + table + " alter column " + column + " selectivity " + percent;
    }

    private static List<String> tablesWithTenantIds(Connection connection, String prefix) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select TABLE_NAME from INFORMATION_SCHEMA.COLUMNS"
                + " where TABLE_SCHEMA = current_schema and COLUMN_NAME = 'TENANT_ID_' and TABLE_NAME like ?"
                + " order by TABLE_NAME")) {
            query.setString(1, prefix + "ACT\\_%");
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
        }
        return tables;
    }
}
