package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that ships, started as an operator would start it (java -jar) on a fresh database: it deploys
 * exactly the files of processes/, seeds the six phases and keeps /engine-rest closed to anonymous callers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedJarIT {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes());
    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    static Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private Process app;
    private String base;

    @BeforeAll
    void startThePackagedJar() throws Exception {
        Path jar = Path.of(System.getProperty("fellowflow.jar", "target/fellowflow.jar"));
        assertThat(jar).as("the packaged jar (run through mvn verify)").exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        Path log = Path.of("target", "packaged-jar.log");
        app = new ProcessBuilder("java", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("fellowflow") + ";DB_CLOSE_ON_EXIT=FALSE")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        JarProcess.awaitReady(app, log, () -> get("/engine-rest/engine", ADMIN).statusCode() == 200
                && Files.readString(log).contains("Programme data loaded"));
    }

    @AfterAll
    void stop() throws InterruptedException {
        JarProcess.stop(app);
    }

    @Test
    void deploysExactlyTheFilesOfTheProcessesFolder() throws Exception {
        JsonNode deployments = json.readTree(get("/engine-rest/deployment", ADMIN).body());
        assertThat(deployments).hasSize(1);
        String id = deployments.get(0).get("id").asText();

        JsonNode resources = json.readTree(get("/engine-rest/deployment/" + id + "/resources", ADMIN).body());
        Set<String> deployed = StreamSupport.stream(resources.spliterator(), false)
                .map(r -> Path.of(r.get("name").asText()).getFileName().toString())
                .collect(Collectors.toSet());
        assertThat(deployed).isEqualTo(filesIn(Path.of("processes")));
    }

    @Test
    void startsOnePhaseProcessPerSeededPhase() throws Exception {
        JsonNode instances = json.readTree(
                get("/engine-rest/process-instance?processDefinitionKey=FellowshipPhaseProcess", ADMIN).body());

        assertThat(StreamSupport.stream(instances.spliterator(), false).map(i -> i.get("businessKey").asText()))
                .containsExactlyInAnyOrder("HIF-KM", "HIF-SUS", "HIF-SUR", "KMF-Y1", "KMF-Y2", "KMF-Y3");
    }

    @Test
    void engineRestIsClosedToAnonymousCallers() throws Exception {
        assertThat(get("/engine-rest/process-instance", null).statusCode()).isEqualTo(401);
    }

    @Test
    void servesCockpit() throws Exception {
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", null);

        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("cockpit");
    }

    private static Set<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> List.of(".bpmn", ".dmn", ".form").stream().anyMatch(name::endsWith))
                    .collect(Collectors.toSet());
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
