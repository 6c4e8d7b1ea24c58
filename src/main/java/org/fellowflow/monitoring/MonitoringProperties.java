package org.fellowflow.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param taskWaitingAfter how long a task may wait before the progress figures list it as stuck
 */
@ConfigurationProperties("fellowflow.monitoring")
public record MonitoringProperties(@DefaultValue("P7D") Duration taskWaitingAfter) {
}
