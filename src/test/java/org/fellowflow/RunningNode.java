package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import baseline.BareStarterApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A Fellowflow node started in this JVM as an operator would start one: the whole application with its own
 * Spring context, port, process engine and running job executor. Several nodes on one database make a cluster.
 * Tests talk to a node over HTTP, as clients would, and read its beans only to check what happened.
 * <p>
 * Tests that start nodes are failsafe ITs, in a JVM of their own: Camunda's Spring Boot webapp keeps the last
 * context started in a static field ({@code LazyInitRegistration}), and a node started beside the cached Spring
 * test contexts would take over their webapps' filters. Benchmarks, run on their own, may start nodes too.
 */
public final class RunningNode implements AutoCloseable {

    private static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final ConfigurableApplicationContext context;
    private final String base;
    private final String adminAuthorization;
    private final String adminPassword;
    private final List<Path> deletedOnClose = new ArrayList<>();

    private RunningNode(String name, ConfigurableApplicationContext context, String adminPassword) {
        this.name = name;
        this.context = context;
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.adminPassword = adminPassword;
        this.adminAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts a node with the given profile and properties on top of the defaults every test node needs: a free
     * port, the node's name in the engine's job log, and the node's name as its engine's name, because engines
     * are registered JVM-wide by name and "default" belongs to the other tests' context. A node's engine REST API
     * is therefore {@link #engineRest(String) /engine-rest/engine/NAME/...}, the same API under the engine's name.
     */
    public static RunningNode start(String name, String profile, String adminPassword, Map<String, Object> properties) {
        return start(new SpringApplicationBuilder(FellowflowApplication.class).profiles(profile), name, adminPassword,
                properties);
    }

    /**
     * Camunda alone, as the start-up benchmark's bare starter runs it: the same dependencies, none of Fellowflow's
     * code, configuration, migrations or processes (bench/bare-starter.yaml instead of application.yaml, admin
     * "admin"), with the given properties on top. A benchmark's baseline server; its engine REST API has no
     * sign-in, as Camunda's starter leaves it.
     */
    public static RunningNode startBareCamunda(String name, Map<String, Object> properties) {
        return start(new SpringApplicationBuilder(BareStarterApplication.class), name, "admin",
                bareStarterConfiguration(properties));
    }

    /**
     * As {@link #startBareCamunda}, with the engine tuned as Fellowflow tunes it and nothing else of Fellowflow's:
     * the index on a task's parent task ({@link SubtaskIndex}), H2's planner hints ({@link H2PlannerHints}), and
     * CMMN and tasks outside processes off, which lets a task query join inner. Each of these took a lot of the
     * engine's time per request under 20 clients (docs/benchmarks.md).
     */
    public static RunningNode startTunedCamunda(String name, Map<String, Object> properties) {
        Map<String, Object> all = bareStarterConfiguration(properties);
        all.put("camunda.bpm.generic-properties.properties.cmmn-enabled", false);
        all.put("camunda.bpm.generic-properties.properties.standalone-tasks-enabled", false);
        return start(new SpringApplicationBuilder(BareStarterApplication.class).initializers(context -> {
            ((GenericApplicationContext) context).registerBean(SubtaskIndex.class);
            ((GenericApplicationContext) context).registerBean(H2PlannerHints.class);
        }), name, "admin", all);
    }

    private static Map<String, Object> bareStarterConfiguration(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("spring.config.location", BareStarterApplication.CONFIGURATION);
        all.putAll(properties);
        return all;
    }

    private static RunningNode start(SpringApplicationBuilder application, String name, String adminPassword,
            Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("server.port", 0);
        all.put("camunda.bpm.process-engine-name", name);
        all.put("camunda.bpm.generic-properties.properties.hostname", name);
        all.put("camunda.bpm.admin-user.password", adminPassword);
        all.putAll(properties);
        // As command-line arguments, which win over application.yaml (builder properties would not).
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = application.run(arguments);
        return new RunningNode(name, context, adminPassword);
    }

    public String name() {
        return name;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The owner this node's job executor writes into the locks of the jobs it acquires. */
    public String lockOwner() {
        return bean(JobExecutor.class).getLockOwner();
    }

    /** A request as the given user (HTTP Basic; none for a null user); a null body sends none. */
    public HttpResponse<String> send(String method, String path, Object body, String user, String password) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30));
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, Object body, boolean asAdmin) {
        return asAdmin ? send("POST", path, body, "admin", adminPassword) : send("POST", path, body, null, null);
    }

    public JsonNode get(String path, boolean asAdmin) {
        try {
            return json.readTree(getText(path, asAdmin));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET as the admin that must answer 200; its body. */
    public String getText(String path) {
        return getText(path, true);
    }

    private String getText(String path, boolean asAdmin) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (asAdmin) {
                request.header("Authorization", adminAuthorization);
            }
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("GET " + path + " on " + name + ": " + response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET on this node's engine REST API, as the admin; the path starts after the engine, e.g. "/task". */
    public JsonNode engineRest(String path) {
        return get("/engine-rest/engine/" + name + path, true);
    }

    /** Completes a task through /engine-rest as the admin, with String, Boolean or Integer variables. */
    public void completeTask(String taskId, Map<String, Object> variables) {
        HttpResponse<String> response = post("/engine-rest/engine/" + name + "/task/" + taskId + "/complete",
                Map.of("variables", typed(variables)), true);
        assertThat(response.statusCode()).as("task " + taskId + " completed on " + name + ": " + response.body())
                .isEqualTo(204);
    }

    /** Variables as the engine REST API takes them: each value with its type (String, Boolean or Integer). */
    public static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((variable, value) -> typed.put(variable, Map.of("value", value, "type",
                value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String")));
        return typed;
    }

    /** Deletes the folder when the node is closed: a benchmark's database, which grows to gigabytes. */
    public RunningNode deletingOnClose(Path folder) {
        deletedOnClose.add(folder);
        return this;
    }

    /** Stops the node as an operator would: requests, running jobs and the outbox finish, unstarted jobs go back. */
    @Override
    public void close() {
        context.close();
        deletedOnClose.forEach(RunningNode::delete);
    }

    /** Deletes a folder and everything in it. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The node dies: its database connections are cut first, so nothing it was doing commits and nothing it had
     * locked is handed back, then what is left of it is closed. Its job locks stay in the database until they
     * expire, as after a crash or a kill -9.
     */
    public void die() {
        context.getBean("dataSource", HikariDataSource.class).close();
        try {
            context.close();
        } catch (RuntimeException expected) {
            // A dead node's last words do not matter.
        }
    }
}
