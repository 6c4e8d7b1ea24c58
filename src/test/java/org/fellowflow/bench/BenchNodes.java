package org.fellowflow.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fellowflow.EmbeddedPostgresDatabase;
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

    /**
     * The postgres profile on a fresh database of the embedded PostgreSQL server, with demo people, the job
     * executor off (the drivers run the jobs) and no programmes loaded at start-up.
     */
    public static RunningNode postgres(String name) {
        return RunningNode.start(name, "postgres", "bench-admin-password", Map.of(
                "FELLOWFLOW_DB_URL", EmbeddedPostgresDatabase.createDatabase(),
                "FELLOWFLOW_DB_USER", EmbeddedPostgresDatabase.USER,
                "FELLOWFLOW_DB_PASSWORD", "",
                "camunda.bpm.job-execution.enabled", false,
                "fellowflow.programmes.load-on-start-up", false,
                "fellowflow.identity.demo-people", true));
    }
}
