package org.fellowflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The benchmarks' baselines copy some of application.yaml's settings, because they read none of Fellowflow's
 * configuration: a change to application.yaml must reach them, or the ratios compare unlike engines.
 */
class BaselineSettingsTests {

    private final Properties applicationYaml = applicationYaml();

    @Test
    void theBareCamundaBaselineHasFellowflowsEngineSettings() {
        assertThat(BenchNodes.FELLOWFLOW_ENGINE_SETTINGS).allSatisfy((key, value) ->
                assertThat(String.valueOf(applicationYaml.get(key))).as(key).isEqualTo(String.valueOf(value)));
    }

    @Test
    void theBenchmarksH2FilesHaveTheEmbeddedDefaultsUrlOptions() {
        assertThat(applicationYaml.getProperty("spring.datasource.url")).endsWith(BenchNodes.H2_URL_OPTIONS);
    }

    private static Properties applicationYaml() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject();
    }
}
