package org.fellowflow.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the staff sign-in check in front of Fellowflow's own pages and APIs. */
@Configuration(proxyBeanMethods = false)
class StaffAuthentication {

    @Bean
    FilterRegistrationBean<StaffAuthenticationFilter> staffAuthenticationFilter(ProcessEngine engine) {
        FilterRegistrationBean<StaffAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new StaffAuthenticationFilter(engine));
        registration.setName("staff-authentication");
        registration.addUrlPatterns("/api/*", "/applications/*", "/fellows/*", "/admin/*", "/admin", "/actuator/*",
                "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
