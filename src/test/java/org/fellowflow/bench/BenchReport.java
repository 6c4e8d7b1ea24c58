package org.fellowflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run, printed as they come and written to target/bench/results.md and .json
 * after each one, with the machine they came from. A figure measured beside a baseline carries the ratio.
 */
public final class BenchReport {

    private static final Path DIRECTORY = Path.of("target", "bench");
    private static final List<Map<String, Object>> figures = new ArrayList<>();

    private BenchReport() {
    }

    /**
     * @param benchmark which benchmark, e.g. "Recruitment throughput"
     * @param figure what was measured, e.g. "applications per second, H2 file"
     * @param value the measurement
     * @param baseline the baseline's measurement in the same run, or null
     * @param target the target in words, e.g. ">= 30", or null
     * @param met whether the target was met, or null where there is none
     */
    public static synchronized void record(String benchmark, String figure, double value, String unit, Double baseline,
            String target, Boolean met) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("benchmark", benchmark);
        row.put("figure", figure);
        row.put("value", round(value));
        row.put("unit", unit);
        if (baseline != null) {
            row.put("baseline", round(baseline));
            row.put("ratio", round(value / baseline));
        }
        row.put("target", target);
        row.put("met", met);
        figures.add(row);
        System.out.printf(Locale.ROOT, "BENCH %s | %s: %s %s%s%s%n", benchmark, figure, format(value), unit,
                baseline == null ? "" : " (baseline " + format(baseline) + ", ratio " + format(value / baseline) + ")",
                target == null ? "" : " target " + target + (Boolean.TRUE.equals(met) ? " MET" : " MISSED"));
        write();
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMiB", ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024));
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return machine;
    }

    private static void write() {
        try {
            Files.createDirectories(DIRECTORY);
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("at", Instant.now().toString());
            results.put("machine", machine());
            results.put("figures", figures);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(DIRECTORY.resolve("results.json").toFile(), results);
            StringBuilder md = new StringBuilder("# Benchmark results\n\n");
            md.append("Run at ").append(results.get("at")).append(" on ").append(machine()).append("\n\n");
            md.append("| benchmark | figure | value | unit | baseline | ratio | target | met |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Map<String, Object> row : figures) {
                md.append("| ").append(row.get("benchmark")).append(" | ").append(row.get("figure")).append(" | ")
                        .append(row.get("value")).append(" | ").append(row.get("unit")).append(" | ")
                        .append(row.getOrDefault("baseline", "")).append(" | ").append(row.getOrDefault("ratio", ""))
                        .append(" | ").append(row.get("target") == null ? "" : row.get("target")).append(" | ")
                        .append(row.get("met") == null ? "" : (Boolean) row.get("met") ? "yes" : "**no**")
                        .append(" |\n");
            }
            Files.writeString(DIRECTORY.resolve("results.md"), md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
