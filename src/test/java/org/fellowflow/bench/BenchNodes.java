package org.fellowflow.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fellowflow.EmbeddedPostgresDatabase;
import org.fellowflow.RunningNode;

/** Nodes the benchmarks measure. */
public final class BenchNodes {

    /**
     * application.yaml's engine settings that change the engine's work per step, for the bare Camunda baseline,
     * which reads none of Fellowflow's configuration. {@code BaselineSettingsTests} holds them to application.yaml.
     */
    static final Map<String, Object> FELLOWFLOW_ENGINE_SETTINGS = Map.of(
            "camunda.bpm.history-level", "full",
            "camunda.bpm.eventing.execution", false,
            "camunda.bpm.eventing.task", false,
            "camunda.bpm.eventing.history", false,
            "camunda.bpm.generic-properties.properties.history-cleanup-strategy", "endTimeBased",
            "camunda.bpm.generic-properties.properties.history-removal-time-strategy", "none");

    /** application.yaml's H2 URL options, for the benchmarks' own H2 files (held to it as above). */
    static final String H2_URL_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256";

    private BenchNodes() {
    }

    /**
     * The embedded default (admin/admin, demo people) on a fresh H2 file under target/bench, with the options of
     * application.yaml's URL, and the benchmark's own settings on top. The database is deleted when the node is
     * closed.
     */
    public static RunningNode embeddedDefault(String name, Map<String, Object> settings) {
        String folder = folder(name);
        return RunningNode.start(name, "default", "admin", onH2File(folder, settings)).deletingOnClose(Path.of(folder));
    }

    /**
     * Camunda alone on a fresh H2 file with the embedded default's URL options, with the engine settings of
     * Fellowflow's that change its work per step ({@link #FELLOWFLOW_ENGINE_SETTINGS}): history level full, the
     * starter's eventing bridge off, no removal time stamped on an instance's history when it ends. Tuned, the
     * engine also has the rest of Fellowflow's engine tuning ({@link RunningNode#startTunedCamunda}); untuned, it
     * is as Camunda's starter comes ({@link RunningNode#startBareCamunda}). The database is deleted when the node
     * is closed.
     */
    public static RunningNode bareCamunda(String name, boolean tuned) {
        String folder = folder(name);
        Map<String, Object> properties = onH2File(folder, FELLOWFLOW_ENGINE_SETTINGS);
        RunningNode node = tuned ? RunningNode.startTunedCamunda(name, properties)
                : RunningNode.startBareCamunda(name, properties);
        return node.deletingOnClose(Path.of(folder));
    }

    private static String folder(String name) {
        return "target/bench/" + name + "-" + System.nanoTime();
    }

    private static Map<String, Object> onH2File(String folder, Map<String, Object> settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:file:./" + folder + "/fellowflow" + H2_URL_OPTIONS);
        properties.putAll(settings);
        return properties;
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
