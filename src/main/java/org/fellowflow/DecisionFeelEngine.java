package org.fellowflow;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's decisions Camunda's own FEEL engine, with its value mappers and function providers, but
 * one that parses each expression once ({@link ParsedOnceFeelEngine}). Parsing the decisions' expressions on
 * every evaluation was a third of the time of each decision (docs/benchmarks.md).
 */
@Component
class DecisionFeelEngine extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.isDmnFeelEnableLegacyBehavior()) {
            return; // the JUEL-based FEEL of Camunda 7.12 and before, which this does not concern
        }
        if (configuration.getDmnEngineConfiguration() == null) {
            configuration.setDmnEngineConfiguration(
                    (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
        }
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        // Created when the DMN engine is built, after the engine has handed it the function providers.
        dmn.setFeelEngineFactory(() -> new ParsingOnce(dmn.getFeelCustomFunctionProviders()));
    }

    /** Camunda's FEEL engine for decisions, around a {@link ParsedOnceFeelEngine}. */
    static final class ParsingOnce extends ScalaFeelEngine {

        ParsingOnce(List<FeelCustomFunctionProvider> functionProviders) {
            super(functionProviders);
        }

        @Override
        protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                ValueMapper.CompositeValueMapper valueMapper) {
            return new ParsedOnceFeelEngine(super.buildFeelEngine(functions, valueMapper));
        }

        ParsedOnceFeelEngine parsing() {
            return (ParsedOnceFeelEngine) feelEngine;
        }
    }
}
