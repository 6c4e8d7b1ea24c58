package org.fellowflow.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fellowflow.RunningNode;

/** Nodes the benchmarks measure. */
public final class BenchNodes {

    private BenchNodes() {
    }

    /**
     * The embedded default (admin/admin, demo people) on a fresh H2 file under target/bench, with the options of
     * application.yaml's URL, and the benchmark's own settings on top.
     */
    public static RunningNode embeddedDefault(String name, Map<String, Object> settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:file:./target/bench/" + name + "-" + System.nanoTime()
                + "/fellowflow;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256");
        properties.putAll(settings);
        return RunningNode.start(name, "default", "admin", properties);
    }
}
