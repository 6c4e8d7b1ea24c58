package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and the Dockerfile, checked without Docker (there is no engine here or in CI): the services
 * are there and wired to each other, every node variable is a setting the application reads, and the health
 * checks ask the right ports. ComposeSmokeIT then runs the jar with a node's environment.
 */
class ComposeFileTests {

    private static final List<String> NODES = List.of("fellowflow-1", "fellowflow-2");
    private static final Map<String, String> SHELL =
            Map.of("FELLOWFLOW_ADMIN_PASSWORD", "a-test-passphrase-for-compose");

    // Variables the JVM reads itself, not Spring.
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JDK_JAVA_OPTIONS");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/:]+):(\\d+)/([A-Za-z0-9_]+)");
    private static final Pattern HEALTH_URL =
            Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1):(\\d+)/actuator/health");

    private static ComposeFile compose;
    private static Set<String> knownProperties;

    @BeforeAll
    static void read() throws IOException {
        compose = ComposeFile.read();
        knownProperties = configurationMetadataProperties();
    }

    @Test
    void postgresSixteenKeepsItsDataInADeclaredNamedVolume() {
        JsonNode postgres = compose.service("postgres");
        assertThat(postgres.path("image").asText()).startsWith("postgres:16");

        List<String[]> mounts = ComposeFile.strings(postgres.path("volumes")).stream().map(v -> v.split(":")).toList();
        assertThat(mounts).as("postgres' volumes").anySatisfy(mount -> {
            assertThat(mount[1]).as("PostgreSQL 16's data directory").isEqualTo("/var/lib/postgresql/data");
            assertThat(compose.volumes().has(mount[0])).as("volume %s declared under top-level volumes", mount[0])
                    .isTrue();
        });
        assertThat(compose.environment("postgres", SHELL))
                .containsKeys("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD")
                .allSatisfy((name, value) -> assertThat(value).as(name).isNotBlank());
    }

    @Test
    void mailpitTakesSmtpOn1025AndShowsItsInboxOn8025() {
        JsonNode mailpit = compose.service("mailpit");
        assertThat(mailpit.path("image").asText()).startsWith("axllent/mailpit");
        assertThat(ComposeFile.strings(mailpit.path("ports"))).contains("8025:8025");
        assertThat(containerPorts(mailpit)).contains("1025", "8025");
    }

    @Test
    void twoNodesAreBuiltFromTheDockerfileAndRunOnThePostgresProfile() {
        List<String> built = new ArrayList<>();
        compose.services().fields().forEachRemaining(service -> {
            if (service.getValue().has("build")) {
                built.add(service.getKey());
            }
        });
        assertThat(built).containsExactlyInAnyOrderElementsOf(NODES);

        Set<String> nodeNames = new HashSet<>();
        for (String node : NODES) {
            JsonNode build = compose.service(node).path("build");
            String context = build.isTextual() ? build.asText() : build.path("context").asText();
            String dockerfile = build.path("dockerfile").asText("Dockerfile");
            assertThat(Path.of(context).resolve(dockerfile).normalize()).as(node + "'s Dockerfile")
                    .isEqualTo(Path.of("Dockerfile"));
            Map<String, String> environment = compose.environment(node, SHELL);
            assertThat(environment).as(node).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
            nodeNames.add(environment.get("FELLOWFLOW_NODE_NAME"));
        }
        assertThat(nodeNames).as("each node's name in Cockpit's job log").hasSize(NODES.size()).doesNotContainNull();
    }

    @Test
    void theSecondNodeStartsOnlyOnceTheFirstHasCreatedTheSchema() {
        for (String node : NODES) {
            assertThat(dependsOn(node, "postgres")).as(node + " waits for postgres").isEqualTo("service_healthy");
            assertThat(dependsOn(node, "mailpit")).as(node + " waits for mailpit").isNotNull();
        }
        assertThat(dependsOn("fellowflow-2", "fellowflow-1")).isEqualTo("service_healthy");
    }

    @Test
    void everyServiceHasAHealthCheck() {
        compose.services().fieldNames().forEachRemaining(service -> assertThat(compose.healthcheck(service))
                .as(service + "'s healthcheck").hasSizeGreaterThan(1)
                .first().isIn("CMD", "CMD-SHELL"));
        assertThat(String.join(" ", compose.healthcheck("postgres"))).contains("pg_isready");
    }

    @Test
    void eachNodesHealthCheckAsksActuatorHealthOnThePortTheNodeListensOn() {
        for (String node : NODES) {
            String check = String.join(" ", compose.healthcheck(node));
            Matcher url = HEALTH_URL.matcher(check);
            assertThat(url.find()).as(node + "'s healthcheck asks /actuator/health: " + check).isTrue();
            assertThat(url.group(1)).as(node + "'s healthcheck port").isEqualTo(listenPort(node));
        }
    }

    @Test
    void everyNodeVariableIsASettingTheApplicationReads() throws IOException {
        for (String node : NODES) {
            Map<String, String> environment = compose.environment(node, SHELL);
            String placeholders = applicationYaml(environment.get("SPRING_PROFILES_ACTIVE"));
            List<String> unknown = new ArrayList<>();
            for (String name : environment.keySet()) {
                boolean read = name.startsWith("FELLOWFLOW_")
                        ? Pattern.compile("\\$\\{" + name + "[:}]").matcher(placeholders).find()
                        : JVM_VARIABLES.contains(name) || knownProperties.contains(relaxed(name));
                if (!read) {
                    unknown.add(name);
                }
            }
            assertThat(unknown).as(node + "'s variables that no setting of the application reads").isEmpty();
        }
    }

    @Test
    void theNodesUseThePostgresServicesDatabaseAndCredentials() {
        // A password given in the shell must reach postgres and the nodes alike.
        for (Map<String, String> shell : List.of(SHELL, withShell("FELLOWFLOW_DB_PASSWORD", "another-db-secret"))) {
            Map<String, String> postgres = compose.environment("postgres", shell);
            for (String node : NODES) {
                Map<String, String> environment = compose.environment(node, shell);
                Matcher url = JDBC_URL.matcher(environment.get("FELLOWFLOW_DB_URL"));
                assertThat(url.matches()).as(node + "'s FELLOWFLOW_DB_URL " + environment.get("FELLOWFLOW_DB_URL"))
                        .isTrue();
                assertThat(url.group(1)).as(node + "'s database host").isEqualTo("postgres");
                assertThat(url.group(2)).as(node + "'s database port").isEqualTo("5432");
                assertThat(url.group(3)).as(node + "'s database").isEqualTo(postgres.get("POSTGRES_DB"));
                assertThat(environment.get("FELLOWFLOW_DB_USER")).as(node + "'s database user")
                        .isEqualTo(postgres.get("POSTGRES_USER"));
                assertThat(environment.get("FELLOWFLOW_DB_PASSWORD")).as(node + "'s database password")
                        .isEqualTo(postgres.get("POSTGRES_PASSWORD"));
            }
        }
    }

    @Test
    void theNodesSendMailToMailpitsSmtpPort() {
        for (String node : NODES) {
            Map<String, String> environment = compose.environment(node, SHELL);
            assertThat(environment).as(node).containsEntry("SPRING_MAIL_HOST", "mailpit");
            assertThat(containerPorts(compose.service("mailpit"))).contains(environment.get("SPRING_MAIL_PORT"));
        }
    }

    @Test
    void theAdminPasswordIsNeverWrittenInTheFile() {
        for (String node : NODES) {
            assertThatThrownBy(() -> compose.environment(node, Map.of()))
                    .as(node + " without FELLOWFLOW_ADMIN_PASSWORD").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FELLOWFLOW_ADMIN_PASSWORD");
            assertThat(compose.environment(node, SHELL))
                    .containsEntry("FELLOWFLOW_ADMIN_PASSWORD", SHELL.get("FELLOWFLOW_ADMIN_PASSWORD"));
        }
    }

    @Test
    void theProxyPublishes8080AndKeepsEachClientOnOneOfBothNodes() throws IOException {
        JsonNode proxy = compose.service("proxy");
        List<String> ports = ComposeFile.strings(proxy.path("ports"));
        assertThat(ports).as("proxy's ports").anyMatch(port -> port.startsWith("8080:"));
        String proxyPort = ports.stream().filter(port -> port.startsWith("8080:")).findFirst().orElseThrow()
                .substring("8080:".length());

        String nginx = Files.readString(mountedFile(proxy, "/etc/nginx/conf.d/default.conf"));
        assertThat(nginx).containsPattern("listen\\s+" + proxyPort + "\\s*;");
        Matcher upstream = Pattern.compile("upstream\\s+(\\S+)\\s*\\{([^}]*)}").matcher(nginx);
        assertThat(upstream.find()).as("an upstream block in nginx.conf").isTrue();
        String servers = upstream.group(2);
        assertThat(servers).containsPattern("(?m)^\\s*ip_hash\\s*;");
        for (String node : NODES) {
            assertThat(servers).as("the upstream's server for " + node)
                    .containsPattern("server\\s+" + node + ":" + listenPort(node) + "\\s[^;]*max_fails=");
        }
        assertThat(nginx).contains("proxy_pass http://" + upstream.group(1) + ";");
        // The nodes build links and redirects from these (server.forward-headers-strategy=framework).
        assertThat(nginx).contains("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port");

        for (String node : NODES) {
            assertThat(dependsOn("proxy", node)).as("proxy waits for " + node).isEqualTo("service_healthy");
            assertThat(compose.environment(node, SHELL).get("FELLOWFLOW_PUBLIC_URL"))
                    .as(node + "'s public URL, where candidates' private links point")
                    .isEqualTo("http://localhost:8080");
        }
    }

    @Test
    void theImageIsBuiltWithAJdkAndRunsOnAJreAsAnotherUserThanRoot() throws IOException {
        // Continuation lines joined, comments dropped: one instruction a line.
        List<String> lines = Arrays.stream(Files.readString(Path.of("Dockerfile")).replace("\\\n", " ").split("\n"))
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).containsPattern("(?i)jdk.* AS build$");
        assertThat(stages.get(1)).contains("-jre");

        List<String> runtime = lines.subList(lines.indexOf(stages.get(1)), lines.size());
        assertThat(runtime).anyMatch(line -> line.matches("COPY --from=build .*target/fellowflow\\.jar .*"));
        assertThat(runtime).filteredOn(line -> line.startsWith("USER ")).hasSize(1)
                .allSatisfy(user -> assertThat(user.substring(5).split(":")[0]).isNotIn("root", "0"));
        assertThat(runtime).contains("EXPOSE 8080");
        assertThat(runtime).anyMatch(
                line -> line.matches("HEALTHCHECK .*CMD .*:(\\$\\{SERVER_PORT:-)?8080}?/actuator/health.*"));
        // pom.xml puts processes/ on the classpath: without it the image would deploy no process at all.
        assertThat(lines).contains("COPY processes processes");
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("target/", ".git");
    }

    /** The port a node's server listens on: SERVER_PORT, or Spring Boot's 8080. */
    private static String listenPort(String node) {
        return compose.environment(node, SHELL).getOrDefault("SERVER_PORT", "8080");
    }

    private static String dependsOn(String service, String dependency) {
        JsonNode dependsOn = compose.service(service).path("depends_on");
        if (dependsOn.isArray()) {
            return ComposeFile.strings(dependsOn).contains(dependency) ? "service_started" : null;
        }
        JsonNode entry = dependsOn.get(dependency);
        return entry == null ? null : entry.path("condition").asText("service_started");
    }

    /** The ports a service's container listens on, as far as compose says: published (container side) or exposed. */
    private static List<String> containerPorts(JsonNode service) {
        return Stream.concat(
                ComposeFile.strings(service.path("ports")).stream()
                        .map(port -> port.substring(port.lastIndexOf(':') + 1)),
                ComposeFile.strings(service.path("expose")).stream()).toList();
    }

    private static Path mountedFile(JsonNode service, String target) {
        return ComposeFile.strings(service.path("volumes")).stream().map(volume -> volume.split(":"))
                .filter(volume -> volume[1].equals(target)).map(volume -> Path.of(volume[0]).normalize())
                .findFirst().orElseThrow(() -> new AssertionError("no file mounted at " + target));
    }

    private static Map<String, String> withShell(String name, String value) {
        Map<String, String> shell = new java.util.HashMap<>(SHELL);
        shell.put(name, value);
        return shell;
    }

    /** application.yaml and the active profiles' files, where FELLOWFLOW_* placeholders must be. */
    private static String applicationYaml(String profiles) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(Path.of("src/main/resources/application.yaml")));
        for (String profile : profiles == null ? new String[0] : profiles.split(",")) {
            Path file = Path.of("src/main/resources/application-" + profile.strip() + ".yaml");
            assertThat(file).as("the file of profile " + profile).exists();
            text.append('\n').append(Files.readString(file));
        }
        return text.toString();
    }

    /** Spring Boot's rule for environment variables: SPRING_MAIL_HOST sets spring.mail.host (dashes dropped). */
    private static String relaxed(String variable) {
        return variable.toLowerCase().replace('_', '.');
    }

    /** Every property Spring Boot, Camunda and the other starters declare, dashes dropped as in env names. */
    private static Set<String> configurationMetadataProperties() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> names = new HashSet<>();
        for (URL url : Collections.list(
                ComposeFileTests.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                json.readTree(in).path("properties")
                        .forEach(property -> names.add(property.path("name").asText().replace("-", "")));
            }
        }
        assertThat(names).as("configuration metadata on the test classpath")
                .contains("spring.mail.host", "server.port", "camunda.bpm.adminuser.id");
        return names;
    }
}
