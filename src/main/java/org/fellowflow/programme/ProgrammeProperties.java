package org.fellowflow.programme;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the programme data file is, and the time zone in which its dates begin.
 *
 * @param location the YAML file of ICSs, programmes and phases
 * @param timeZone the zone whose midnight starts a launch or start date
 * @param loadOnStartUp whether start-up loads the file; tests that plan their own phases turn it off
 */
@ConfigurationProperties("fellowflow.programmes")
public record ProgrammeProperties(Resource location, ZoneId timeZone,
        @DefaultValue("true") boolean loadOnStartUp) {
}
