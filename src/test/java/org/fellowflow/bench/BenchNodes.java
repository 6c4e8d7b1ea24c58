package org.fellowflow.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fellowflow.RunningNode;

/** Nodes the benchmarks measure. */
public final class BenchNodes {

    private BenchNodes() {
    }

    /**
     * The embedded default (admin/admin, demo people) on a fresh H2 file under target/bench, with the options of
     * application.yaml's URL, and the benchmark's own settings on top. The database is deleted when the node is
     * closed.
     */
    public static RunningNode embeddedDefault(String name, Map<String, Object> settings) {
        String folder = "target/bench/" + name + "-" + System.nanoTime();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:file:./" + folder
                + "/fellowflow;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256");
        properties.putAll(settings);
        return RunningNode.start(name, "default", "admin", properties).deletingOnClose(Path.of(folder));
    }
}
