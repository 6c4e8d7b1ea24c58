package org.fellowflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Fellowflow: fellowship recruitment and lifecycle on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FellowflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(FellowflowApplication.class, args);
    }
}
