package org.fellowflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fellowflow.FellowflowApplication;
import baseline.BareStarterApplication;
import org.fellowflow.RunningNode;
import org.junit.jupiter.api.Test;
import schemaonly.SchemaOnlyStarterApplication;

/**
 * Time from launch to ready (the health endpoint answers 200) and the heap in use after a full GC once
 * started, for Fellowflow as shipped (embedded default: H2 file, seeding, demo people, job executor) and for
 * the bare starter (the same dependencies, none of Fellowflow's code), each in a fresh JVM on a fresh database,
 * five times in turn; the medians are reported, and the median of each turn's own ratio beside them. Target:
 * Fellowflow's start-up <= 1.2 x the bare starter's. Between the two, the schema-only starter
 * ({@link SchemaOnlyStarterApplication}: the bare starter running Fellowflow's migrations, entities and
 * repositories) splits Fellowflow's ratio into what the stack costs for its data and what its own code costs
 * at start-up.
 */
class StartupBenchmark {

    /** Launches of each kind, in turn. Start-up times on a shared machine move by a fifth from run to run. */
    private static final int RUNS = Integer.getInteger("bench.startup-runs", 5);
    private static final String BENCHMARK = "Start-up and memory";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fellowflowBesideTheBareStarter() throws Exception {
        List<double[]> fellowflow = new ArrayList<>();
        List<double[]> bare = new ArrayList<>();
        List<double[]> schemaOnly = new ArrayList<>();
        String bareConfiguration = "--spring.config.location=" + BareStarterApplication.CONFIGURATION;
        String[] schemaOnlyArguments = Stream.concat(Stream.of(bareConfiguration),
                Arrays.stream(SchemaOnlyStarterApplication.ARGUMENTS)).toArray(String[]::new);
        // Not counted: the first launch after the benchmark before it took twice as long (26.9 s against 12.5 to
        // 14.8 s), and pulled the median of the turns' ratios from 1.35 to 1.25.
        System.out.println("LAUNCH warm-up, not counted:");
        launch(BareStarterApplication.class.getName(), bareConfiguration);
        for (int run = 0; run < RUNS; run++) {
            bare.add(launch(BareStarterApplication.class.getName(), bareConfiguration));
            schemaOnly.add(launch(SchemaOnlyStarterApplication.class.getName(), schemaOnlyArguments));
            fellowflow.add(launch(FellowflowApplication.class.getName()));
        }
        double fellowflowStart = median(fellowflow, 0);
        double bareStart = median(bare, 0);
        double schemaOnlyStart = median(schemaOnly, 0);
        double bareHeap = median(bare, 1);
        BenchReport.record(BENCHMARK, "bare starter: launch to ready", bareStart, "s", null, null, null);
        BenchReport.record(BENCHMARK, "schema-only starter (Fellowflow's migrations, entities, repositories): "
                + "launch to ready", schemaOnlyStart, "s", bareStart, null, null);
        BenchReport.record(BENCHMARK, "Fellowflow: launch to ready", fellowflowStart, "s", bareStart,
                "ratio <= 1.2", fellowflowStart / bareStart <= 1.2);
        BenchReport.record(BENCHMARK, "Fellowflow: launch to ready, beside the schema-only starter",
                fellowflowStart, "s", schemaOnlyStart, null, null);
        BenchReport.record(BENCHMARK, "Fellowflow / bare starter, median of each turn's ratio",
                medianRatio(fellowflow, bare), "x", null, null, null);
        BenchReport.record(BENCHMARK, "schema-only / bare starter, median of each turn's ratio",
                medianRatio(schemaOnly, bare), "x", null, null, null);
        BenchReport.record(BENCHMARK, "bare starter: heap used after full GC", bareHeap, "MiB", null, null, null);
        BenchReport.record(BENCHMARK, "schema-only starter: heap used after full GC", median(schemaOnly, 1), "MiB",
                bareHeap, null, null);
        BenchReport.record(BENCHMARK, "Fellowflow: heap used after full GC", median(fellowflow, 1), "MiB",
                bareHeap, null, null);
    }

    /** Starts the main class in a new JVM; returns seconds to ready and MiB of heap used after a full GC. */
    private double[] launch(String mainClass, String... arguments) throws Exception {
        Path data = Files.createTempDirectory("fellowflow-startup");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // Fellowflow runs without the test classes, as shipped: Fellowflow's component scan would pick up the
        // test support beans under org.fellowflow. The baselines' classes live among the test classes.
        boolean fellowflow = mainClass.startsWith("org.fellowflow.");
        List<String> command = new ArrayList<>(List.of(javaHome("java"), "-cp", classPath(!fellowflow), mainClass,
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE"));
        command.addAll(Arrays.asList(arguments));
        Path log = Path.of("target", "bench", "startup-" + mainClass.substring(mainClass.lastIndexOf('.') + 1) + ".log");
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        // Started in an empty folder, as from an installation directory rather than from the source tree.
        Process process = new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toAbsolutePath().toFile()).start();
        try {
            while (!ready(port)) {
                assertThat(process.isAlive()).as(mainClass + " is running; see " + log).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(3));
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "LAUNCH %s ready in %.2f s%n", mainClass, seconds);
            jcmd(process.pid(), "GC.run");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(process.pid(), "GC.heap_info"));
            assertThat(used.find()).as("jcmd GC.heap_info names the heap in use").isTrue();
            return new double[] {seconds, Long.parseLong(used.group(1)) / 1024.0};
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            }
            RunningNode.delete(data);
        }
    }

    private boolean ready(int port) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaHome("jcmd"), String.valueOf(pid), command).redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    private static String javaHome(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    /**
     * The test class path Surefire gives this JVM (its own may be a manifest-only jar), without empty entries:
     * an empty entry means the working directory, whose processes/ folder would then be deployed twice. Test
     * dependencies stay on it for both applications, so that both load from the same jars.
     */
    private static String classPath(boolean withTestClasses) {
        return Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .filter(entry -> withTestClasses || !Path.of(entry).endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Each turn's launches ran minutes apart at most, so their ratio shows less of the machine's spells. */
    private static double medianRatio(List<double[]> runs, List<double[]> baselineRuns) {
        return median(IntStream.range(0, runs.size()).mapToDouble(run -> runs.get(run)[0] / baselineRuns.get(run)[0]));
    }

    private static double median(List<double[]> runs, int figure) {
        return median(runs.stream().mapToDouble(run -> run[figure]));
    }

    private static double median(DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
