package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's decisions evaluate with a FEEL engine that parses each expression once, and that answers as
 * Camunda's own does.
 */
@FellowflowTest
class DecisionFeelEngineTests {

    @Autowired ProcessEngine engine;
    @Autowired DecisionService decisions;

    @Test
    void theDecisionsParseEachExpressionOnceAndStillAnswerForEachCallsInputs() {
        ParsedOnceFeelEngine parsing = decisionFeelEngine().parsing();
        List<Map<String, Object>> inputs = List.of(
                Map.of("meanScore", 4.0, "lowestCriterionMean", 3.0, "appointShare", 0.5),
                Map.of("meanScore", 3.49, "lowestCriterionMean", 3.0, "appointShare", 1.0),
                Map.of("meanScore", 4.0, "lowestCriterionMean", 1.9, "appointShare", 1.0));
        List<String> outcomes = List.of("APPOINTABLE", "RESERVE", "NOT_APPOINTABLE");

        assertThat(inputs.stream().map(this::panelOutcome).toList()).isEqualTo(outcomes);
        assertThat(shortlisted(false, 3.0, 2.0)).isTrue();
        assertThat(shortlisted(false, 2.9, 2.0)).isFalse();
        assertThat(shortlisted(true, 1.0, 1.0)).isTrue();
        int parsed = parsing.parsedCount();
        // Every rule reached: the two decisions' 15 texts (inputs, tests, outputs), whatever ran before this.
        assertThat(parsed).isGreaterThanOrEqualTo(15);

        assertThat(inputs.stream().map(this::panelOutcome).toList()).as("evaluated again").isEqualTo(outcomes);
        assertThat(shortlisted(false, 2.9, 2.0)).isFalse();
        assertThat(shortlisted(true, 1.0, 1.0)).isTrue();
        assertThat(parsing.parsedCount()).as("nothing parsed again").isEqualTo(parsed);
    }

    @Test
    void itAnswersAsCamundasOwnFeelEngineDoes() {
        // A new one, built as the engine's is, so that these expressions do not stay in the engine's.
        DecisionFeelEngine.ParsingOnce ours = new DecisionFeelEngine.ParsingOnce(List.of());
        FeelEngine camundas = new ScalaFeelEngineFactory().createInstance();
        VariableContext context = Variables.createVariables().putValue("score", 3.5).putValue("name", "panel1")
                .putValue("absent", null).asVariableContext();

        for (String expression : List.of("score", "score * 2", "name", "\"RESERVE\"", "absent", "score >= 3",
                "upper case(name)", "date(\"2026-12-02\") + duration(\"P1D\")", "if score > 4 then 1 else 0")) {
            assertThat(twice(() -> ours.evaluateSimpleExpression(expression, context))).as(expression)
                    .isEqualTo(twice(() -> camundas.evaluateSimpleExpression(expression, context)));
        }
        for (String tests : List.of(">= 3", "< 3", "[3..4]", "3.5, 4", "-", "not(3.5)", "? > score - 1")) {
            assertThat(twice(() -> ours.evaluateSimpleUnaryTests(tests, "score", context))).as(tests)
                    .isEqualTo(twice(() -> camundas.evaluateSimpleUnaryTests(tests, "score", context)));
        }
        assertThat(ours.parsing().parsedCount()).as("the second answers came from the parsed expressions")
                .isEqualTo(16);
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTimeAndIsNotKept() {
        DecisionFeelEngine.ParsingOnce ours = decisionFeelEngine();
        VariableContext context = Variables.createVariables().asVariableContext();
        int parsed = ours.parsing().parsedCount();

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> ours.evaluateSimpleExpression("1 +", context)).isInstanceOf(FeelException.class)
                    .hasMessageContaining("1 +");
            assertThatThrownBy(() -> ours.evaluateSimpleUnaryTests(">= >=", "x", context))
                    .isInstanceOf(FeelException.class);
        }
        assertThat(ours.parsing().parsedCount()).isEqualTo(parsed);
    }

    private Object panelOutcome(Map<String, Object> variables) {
        return decisions.evaluateDecisionTableByKey("panelOutcome", variables).getSingleResult().getSingleEntry();
    }

    private boolean shortlisted(boolean guaranteedInterview, double meanScore, double lowestCriterionMean) {
        return decisions.evaluateDecisionTableByKey("shortlisting", Map.of("guaranteedInterview", guaranteedInterview,
                "meanScore", meanScore, "lowestCriterionMean", lowestCriterionMean)).getSingleResult().getSingleEntry();
    }

    private DecisionFeelEngine.ParsingOnce decisionFeelEngine() {
        FeelEngine feel = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDmnEngineConfiguration().getFeelEngine();
        assertThat(feel).isInstanceOf(DecisionFeelEngine.ParsingOnce.class);
        return (DecisionFeelEngine.ParsingOnce) feel;
    }

    /** The answer to a second call, after checking that it is the first's. */
    private static Object twice(Supplier<Object> call) {
        Object first = call.get();
        Object second = call.get();
        assertThat(second).isEqualTo(first);
        return second;
    }
}
