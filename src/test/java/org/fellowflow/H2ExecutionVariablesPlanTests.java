package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;

/**
 * How H2 plans the engine's query for an execution's variables on a new, empty database: with the hint, on the
 * execution-id index; without it, on the task-id index, which matches every process variable once the table
 * fills. Each case builds its own engine on its own empty in-memory database.
 */
class H2ExecutionVariablesPlanTests {

    // The WHERE clause of the engine's selectVariablesByExecutionId (VariableInstance.xml), with two names.
    private static final String EXECUTION_VARIABLES = """
            explain select * from ACT_RU_VARIABLE
            where EXECUTION_ID_ = ? and TASK_ID_ is null and NAME_ in (?, ?)""";

    @Test
    void withTheHintAnEmptyTableIsReadByExecutionId() throws SQLException {
        assertThat(planOnANewDatabase("with-hint", List.of(new H2ExecutionVariablesPlan())))
                .contains("ACT_FK_VAR_EXE").doesNotContain("ACT_IDX_VARIABLE_TASK");
    }

    @Test
    void withoutItH2ReadsEveryProcessVariable() throws SQLException {
        assertThat(planOnANewDatabase("without-hint", List.of())).contains("TASK_ID_ IS NULL */")
                .doesNotContain("ACT_FK_VAR_EXE");
    }

    private static String planOnANewDatabase(String name, List<ProcessEnginePlugin> plugins) throws SQLException {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("h2-plan-" + name)
                .setJdbcUrl("jdbc:h2:mem:h2-plan-" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEnginePlugins(plugins);
        ProcessEngine engine = configuration.buildProcessEngine();
        try (Connection connection = configuration.getDataSource().getConnection()) {
            var explain = connection.prepareStatement(EXECUTION_VARIABLES);
            explain.setString(1, "an execution");
            explain.setString(2, "a");
            explain.setString(3, "b");
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        } finally {
            engine.close();
        }
    }
}
