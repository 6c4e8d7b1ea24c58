package org.fellowflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FellowflowApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicTypes() {
        modules.verify();
    }
}
