package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;

/**
 * How H2 plans two of the engine's frequent queries on a new, empty database, with and without the hints. Each
 * case builds its own engine on its own empty in-memory database.
 */
class H2PlannerHintsTests {

    // The WHERE clause of the engine's selectVariablesByExecutionId (VariableInstance.xml), with two names.
    private static final String EXECUTION_VARIABLES = """
            explain select * from ACT_RU_VARIABLE
            where EXECUTION_ID_ = ? and TASK_ID_ is null and NAME_ in (?, ?)""";

    // The joins and conditions of a signed-in user's task query by business key and activity
    // (Task.xml, selectTaskByQueryCriteriaSql), with CMMN and tasks outside processes off: inner joins.
    private static final String TASK_BY_BUSINESS_KEY = """
            explain select distinct RES.* from ACT_RU_TASK RES
            inner join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
            inner join ACT_RU_EXECUTION E on RES.PROC_INST_ID_ = E.ID_
            where E.BUSINESS_KEY_ = ? and RES.TASK_DEF_KEY_ = ? and RES.TENANT_ID_ is null""";

    // The same query as the engine writes it with CMMN or tasks outside processes on.
    private static final String TASK_BY_BUSINESS_KEY_OUTER = TASK_BY_BUSINESS_KEY.replace(
            "inner join ACT_RE_PROCDEF", "left join ACT_RE_PROCDEF");

    @Test
    void withTheHintsAnEmptyTableIsReadByExecutionId() throws SQLException {
        assertThat(planOnANewDatabase("variables-hint", List.of(new H2PlannerHints()), EXECUTION_VARIABLES))
                .contains("ACT_FK_VAR_EXE").doesNotContain("ACT_IDX_VARIABLE_TASK");
    }

    @Test
    void withoutThemH2ReadsEveryProcessVariable() throws SQLException {
        assertThat(planOnANewDatabase("variables-bare", List.of(), EXECUTION_VARIABLES))
                .contains("TASK_ID_ IS NULL */").doesNotContain("ACT_FK_VAR_EXE");
    }

    @Test
    void withTheHintsATaskIsFoundFromItsBusinessKey() throws SQLException {
        String plan = planOnANewDatabase("task-hint", List.of(new H2PlannerHints()), TASK_BY_BUSINESS_KEY);

        assertThat(plan.indexOf("ACT_IDX_EXEC_BUSKEY")).as(plan).isNotNegative()
                .isLessThan(plan.indexOf("\"ACT_RU_TASK\""));
        assertThat(plan).doesNotContain("ACT_IDX_TASK_TENANT_ID");
    }

    @Test
    void withoutThemH2ReadsEveryOpenTaskThroughTheTenantIndex() throws SQLException {
        assertThat(planOnANewDatabase("task-bare", List.of(), TASK_BY_BUSINESS_KEY))
                .contains("ACT_IDX_TASK_TENANT_ID").doesNotContain("ACT_IDX_EXEC_BUSKEY");
    }

    @Test
    void withAnOuterJoinTheHintsCannotMoveTheStart() throws SQLException {
        String plan = planOnANewDatabase("task-outer", List.of(new H2PlannerHints()), TASK_BY_BUSINESS_KEY_OUTER);

        assertThat(plan.indexOf("\"ACT_RU_TASK\"")).as(plan).isLessThan(plan.indexOf("\"ACT_RU_EXECUTION\""));
        assertThat(plan).doesNotContain("ACT_IDX_EXEC_BUSKEY");
    }

    private static String planOnANewDatabase(String name, List<ProcessEnginePlugin> plugins, String explain)
            throws SQLException {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("h2-plan-" + name)
                .setJdbcUrl("jdbc:h2:mem:h2-plan-" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEnginePlugins(plugins);
        ProcessEngine engine = configuration.buildProcessEngine();
        try (Connection connection = configuration.getDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(explain)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i, "a value");
            }
            try (ResultSet plan = statement.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        } finally {
            engine.close();
        }
    }
}
