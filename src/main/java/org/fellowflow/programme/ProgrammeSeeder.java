package org.fellowflow.programme;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the programme file at start-up; a wrong file stops start-up with a message naming what is wrong. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgrammeSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeeder.class);

    private final ProgrammeProperties properties;
    private final ProgrammeImporter importer;

    ProgrammeSeeder(ProgrammeProperties properties, ProgrammeImporter importer) {
        this.properties = properties;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.loadOnStartUp()) {
            log.info("Programme data not loaded: fellowflow.programmes.load-on-start-up is false");
            return;
        }
        String source = properties.location().getDescription();
        ProgrammeCatalogue catalogue;
        try (InputStream in = properties.location().getInputStream()) {
            catalogue = new ProgrammeFileReader().read(in, source);
        }
        importer.importCatalogue(catalogue);
        log.info("Programme data loaded from {}: {} programmes, phases {}", source, catalogue.programmes().size(),
                ProgrammeImporter.keys(catalogue));
    }
}
