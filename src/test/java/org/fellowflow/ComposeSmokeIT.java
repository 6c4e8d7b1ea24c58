package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose.yml's Fellowflow node, run without Docker: the packaged jar started with exactly the environment
 * compose gives fellowflow-1, against an embedded PostgreSQL holding the compose file's database, user and
 * password, and a GreenMail SMTP server in Mailpit's place. Only the addresses of compose's services change
 * (postgres:5432, mailpit:1025 and the node's own port), to where those stand-ins listen. The node's JVM runs
 * in America/New_York, not in UTC like the tests, so that a time kept in the wrong zone shows.
 * scripts/compose-smoke runs this test alone; `./mvnw verify` (and so CI) runs it with the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeSmokeIT {

    private static final String NODE = "fellowflow-1";
    // The file requires FELLOWFLOW_ADMIN_PASSWORD from the shell (${...:?}); this is the test's shell.
    private static final Map<String, String> SHELL =
            Map.of("FELLOWFLOW_ADMIN_PASSWORD", "compose-smoke-" + UUID.randomUUID().toString().substring(0, 8));
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://)([^/:]+):(\\d+)/([A-Za-z0-9_]+)(.*)");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    static Path workingDirectory;

    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, String> compose;
    private Map<String, String> launched;
    private GreenMail mail;
    private String databaseUrl;
    private String admin;
    private String base;
    private Process app;

    @BeforeAll
    void startTheJarWithTheComposeEnvironment() throws Exception {
        Path jar = Path.of(System.getProperty("fellowflow.jar", "target/fellowflow.jar"));
        assertThat(jar).as("the packaged jar (run through mvn verify)").exists();
        compose = ComposeFile.read().environment(NODE, SHELL);

        Matcher url = JDBC_URL.matcher(compose.get("FELLOWFLOW_DB_URL"));
        assertThat(url.matches()).as("FELLOWFLOW_DB_URL " + compose.get("FELLOWFLOW_DB_URL")).isTrue();
        assertThat(url.group(2)).as("the database host is compose's postgres service").isEqualTo("postgres");
        assertThat(compose.get("SPRING_MAIL_HOST")).as("the mail host is compose's mailpit service")
                .isEqualTo("mailpit");

        int postgresPort = EmbeddedPostgresDatabase.createDatabaseOwnedBy(url.group(4),
                compose.get("FELLOWFLOW_DB_USER"), compose.get("FELLOWFLOW_DB_PASSWORD"));
        mail = TestMailServer.get();
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        admin = basic(compose.get("FELLOWFLOW_ADMIN_USER"), compose.get("FELLOWFLOW_ADMIN_PASSWORD"));
        databaseUrl = url.group(1) + "127.0.0.1:" + postgresPort + "/" + url.group(4) + url.group(5);

        launched = new LinkedHashMap<>(compose);
        launched.put("FELLOWFLOW_DB_URL", databaseUrl);
        launched.put("SPRING_MAIL_HOST", "127.0.0.1");
        launched.put("SPRING_MAIL_PORT", String.valueOf(TestMailServer.port()));
        launched.put("SERVER_PORT", String.valueOf(port));

        Path log = Path.of("target", "compose-smoke.log").toAbsolutePath();
        Files.writeString(log, "Environment (docker-compose.yml's " + NODE + ", service addresses replaced):\n"
                + String.join("\n", launched.entrySet().stream()
                        .map(e -> "  " + e.getKey() + "=" + (e.getKey().endsWith("PASSWORD") ? "****" : e.getValue()))
                        .toList()) + "\n\n");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Not UTC, where the tests run: a time stored in the JVM's zone instead of UTC would show.
                "-Duser.timezone=America/New_York",
                "-jar", jar.toAbsolutePath().toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Nothing of this JVM's environment may stand in for a variable the compose file forgot.
        Map<String, String> environment = builder.environment();
        environment.keySet().retainAll(Set.of("PATH", "JAVA_HOME", "HOME"));
        environment.putAll(launched);
        app = builder.start();

        JarProcess.awaitReady(app, log, () -> get("/actuator/health", null).statusCode() == 200
                && Files.readString(log).contains("Programme data loaded"));
    }

    @AfterAll
    void stop() throws InterruptedException {
        JarProcess.stop(app);
    }

    @Test
    void runsWithTheComposeEnvironmentChangedOnlyInServiceAddresses() {
        Set<String> changed = new java.util.TreeSet<>();
        launched.forEach((name, value) -> {
            if (!value.equals(compose.get(name))) {
                changed.add(name);
            }
        });
        assertThat(changed).isSubsetOf("FELLOWFLOW_DB_URL", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SERVER_PORT");
        assertThat(launched.keySet()).containsAll(compose.keySet());
    }

    @Test
    void answersHealthUpAnonymously() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void takesTheAdminPasswordFromTheComposeEnvironment() throws Exception {
        // Not /engine-rest/engine: Camunda lists its engines to anyone. No wrong password is tried here either:
        // one failed login locks the admin for 3 s (login throttling) and the other tests would be refused.
        String profile = "/engine-rest/user/" + encode(compose.get("FELLOWFLOW_ADMIN_USER")) + "/profile";
        assertThat(get(profile, admin).statusCode()).isEqualTo(200);
        assertThat(get(profile, null).statusCode()).isEqualTo(401);
    }

    @Test
    void keepsItsTablesInTheComposeDatabaseAsTheComposeUser() throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, compose.get("FELLOWFLOW_DB_USER"),
                compose.get("FELLOWFLOW_DB_PASSWORD"));
                Statement statement = connection.createStatement();
                ResultSet owner = statement.executeQuery(
                        "select tableowner from pg_tables where tablename = 'act_ru_execution'")) {
            assertThat(owner.next()).as("Camunda's tables in " + databaseUrl).isTrue();
            assertThat(owner.getString(1)).isEqualTo(compose.get("FELLOWFLOW_DB_USER"));
        }
        // The password counts: the node got in with the compose file's password, not by the server's leave.
        assertThatThrownBy(() -> DriverManager.getConnection(databaseUrl, compose.get("FELLOWFLOW_DB_USER"), "wrong")
                .close())
                .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void seedsOnePhaseProcessPerPhase() throws Exception {
        JsonNode instances = json.readTree(
                get("/engine-rest/process-instance?processDefinitionKey=FellowshipPhaseProcess", admin).body());

        assertThat(StreamSupport.stream(instances.spliterator(), false).map(i -> i.get("businessKey").asText()))
                .containsExactlyInAnyOrder("HIF-KM", "HIF-SUS", "HIF-SUR", "KMF-Y1", "KMF-Y2", "KMF-Y3");
    }

    @Test
    void takesAnApplicationFromIntakeThroughScreeningToTheNotEligibleMail() throws Exception {
        String email = newEmail();
        String reference = apply(email);

        // The acknowledgement runs as a job (the node's job executor), and its mail goes out through the outbox.
        MimeMessage received = eventually("the acknowledgement to " + email, () -> mailTo(email, "has been received"));
        assertThat(received.getSubject()).contains(reference);
        assertThat(text(received)).contains(reference, "Missed appointments in coastal towns");
        JsonNode jobLog = json.readTree(
                get("/engine-rest/history/job-log?processInstanceId=" + processInstanceId(reference), admin).body());
        assertThat(jobLog).as("the job log names the node FELLOWFLOW_NODE_NAME names").anySatisfy(
                entry -> assertThat(entry.path("hostname").asText()).isEqualTo(compose.get("FELLOWFLOW_NODE_NAME")));

        JsonNode task = eventually("the screening task", () -> {
            JsonNode tasks = json.readTree(get("/engine-rest/task?taskDefinitionKey=Task_ScreenEligibility"
                    + "&processInstanceBusinessKey=" + encode(reference), admin).body());
            return tasks.size() == 1 ? tasks.get(0) : null;
        });
        String reason = "Not employed in Kent, Surrey or Sussex";
        HttpResponse<String> completed = post("/engine-rest/task/" + task.path("id").asText() + "/complete", admin, """
                {"variables": {"eligible": {"value": "false", "type": "String"},
                               "screeningReason": {"value": "%s", "type": "String"}}}""".formatted(reason));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

        JsonNode ended = eventually("the application process ends", () -> {
            JsonNode history = json.readTree(get("/engine-rest/history/process-instance?processDefinitionKey="
                    + "FellowshipApplicationProcess&processInstanceBusinessKey=" + encode(reference), admin).body());
            boolean over = history.size() == 1 && history.get(0).path("state").asText().equals("COMPLETED");
            return over ? history.get(0) : null;
        });
        assertThat(ended.path("endTime").isNull()).isFalse();
        MimeMessage rejection =
                eventually("the not-eligible mail to " + email, () -> mailTo(email, "eligibility check"));
        assertThat(rejection.getSubject()).contains(reference);
        assertThat(text(rejection)).contains(reason);
    }

    /**
     * The node runs in America/New_York (see the launch). Hibernate keeps an instant in a timestamp column as UTC
     * on PostgreSQL, and the outbox writes its rows in plain SQL: a time bound there as the JVM's local time read
     * back 5 hours early (docs/benchmarks.md, twelfth round).
     */
    @Test
    void recordsTheOutboxsTimesAsTheyWereInAServerZoneOtherThanUtc() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String reference = apply(newEmail());

        JsonNode received = eventually("the acknowledgement in the outbox", () -> {
            for (JsonNode notification : json.readTree(get("/api/admin/notifications", admin).body())) {
                if (reference.equals(notification.path("applicationReference").asText())) {
                    return notification;
                }
            }
            return null;
        });
        assertThat(Instant.parse(received.path("createdAt").asText())).isBetween(before, Instant.now());
    }

    private static String newEmail() {
        return "compose-smoke-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Submits an application to KMF-Y1 as an applicant would; returns its reference. */
    private String apply(String email) throws Exception {
        HttpResponse<String> submitted = post("/api/phases/KMF-Y1/applications", null, """
                {"name": "Amara Okafor", "email": "%s", "employer": "Brighton Community Health",
                 "role": "Quality improvement lead", "homeIcs": "SUSSEX", "projectIcss": ["SUSSEX", "FRIMLEY"],
                 "proposalTitle": "Missed appointments in coastal towns",
                 "proposalSummary": "Why people miss appointments.",
                 "statements": {"Knowledge mobilisation": "Evidence into practice.",
                                "Service improvement": "Two QI projects.",
                                "Stakeholder engagement": "Patient panels.", "Community of practice": "I run one."},
                 "consent": true, "guaranteedInterview": false}""".formatted(email));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = json.readTree(submitted.body()).path("reference").asText();
        assertThat(reference).startsWith("KMF-Y1-");
        return reference;
    }

    private String processInstanceId(String reference) throws Exception {
        JsonNode history = json.readTree(get("/engine-rest/history/process-instance?processDefinitionKey="
                + "FellowshipApplicationProcess&processInstanceBusinessKey=" + encode(reference), admin).body());
        assertThat(history).hasSize(1);
        return history.get(0).path("id").asText();
    }

    private MimeMessage mailTo(String address, String subject) throws MessagingException {
        for (MimeMessage message : mail.getReceivedMessages()) {
            boolean toAddress = Arrays.stream(Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
                    .orElse(new jakarta.mail.Address[0])).anyMatch(to -> to.toString().contains(address));
            if (toAddress && message.getSubject() != null && message.getSubject().contains(subject)) {
                return message;
            }
        }
        return null;
    }

    /** The plain-text part of a message, decoded. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text.append(text(child));
            }
            return text.toString();
        }
        return "";
    }

    private static <T> T eventually(String what, Callable<T> probe) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            T found = probe.call();
            if (found != null) {
                return found;
            }
            assertThat(Instant.now()).as(what + " within " + PATIENCE.toSeconds() + " s; see target/compose-smoke.log")
                    .isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), authorization);
    }

    private HttpResponse<String> post(String path, String authorization, String body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization)
            throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
