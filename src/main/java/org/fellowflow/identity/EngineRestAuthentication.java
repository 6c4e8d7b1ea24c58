package org.fellowflow.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's engine REST API answers anonymous callers unless a filter authenticates them: every call to
 * /engine-rest must carry HTTP Basic credentials of a Camunda user, and then runs with that user's authorizations.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(ProcessEngine engine) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new AddressedEngine(engine));
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                EngineRestBasicSignIn.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /**
     * Camunda's filter, given Fellowflow's engine rather than looking it up: Camunda's look-up reads the class
     * path through a ServiceLoader on every request (docs/benchmarks.md, ninth round).
     */
    static final class AddressedEngine extends ProcessEngineAuthenticationFilter {

        private final ProcessEngine engine;

        AddressedEngine(ProcessEngine engine) {
            this.engine = engine;
        }

        @Override
        protected ProcessEngine getAddressedEngine(String engineName) {
            return engine.getName().equals(engineName) ? engine : super.getAddressedEngine(engineName);
        }
    }
}
