package org.fellowflow.identity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the engine API guard in front of every Camunda API, before Camunda's own filters. */
@Configuration(proxyBeanMethods = false)
class EngineApiGuard {

    @Bean
    FilterRegistrationBean<EngineApiGuardFilter> engineApiGuardFilter() {
        FilterRegistrationBean<EngineApiGuardFilter> registration =
                new FilterRegistrationBean<>(new EngineApiGuardFilter());
        registration.setName("engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
