package org.fellowflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level docker-compose.yml as the tests read it, without Docker: its services' settings, and their
 * environments with compose's variable interpolation applied, so that a test sees the values a container gets.
 */
final class ComposeFile {

    static final Path PATH = Path.of("docker-compose.yml");

    // Compose's interpolation: $$, $NAME, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error},
    // ${NAME:+replacement}, ${NAME+replacement}.
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$(?:(\\$)|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    private final JsonNode root;

    private ComposeFile(JsonNode root) {
        this.root = root;
    }

    static ComposeFile read() {
        try {
            return new ComposeFile(new ObjectMapper(new YAMLFactory()).readTree(PATH.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + PATH.toAbsolutePath(), e);
        }
    }

    JsonNode services() {
        return root.path("services");
    }

    /** The service's settings; a missing node (never null) when there is no such service. */
    JsonNode service(String name) {
        return services().path(name);
    }

    /** The top-level named volumes. */
    JsonNode volumes() {
        return root.path("volumes");
    }

    /**
     * The service's environment as its container gets it, interpolated with the given variables of the shell
     * that runs {@code docker compose} (nothing else of the caller's environment is used, so results are the same
     * on every machine). Throws IllegalArgumentException where compose would refuse to start, e.g. a required
     * variable left unset.
     */
    Map<String, String> environment(String service, Map<String, String> shell) {
        JsonNode environment = service(service).path("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment.isArray()) {
            for (JsonNode entry : environment) {
                String[] pair = entry.asText().split("=", 2);
                result.put(pair[0], pair.length == 2 ? interpolate(pair[1], shell) : shell.getOrDefault(pair[0], ""));
            }
        } else {
            environment.fields().forEachRemaining(
                    field -> result.put(field.getKey(), interpolate(field.getValue().asText(), shell)));
        }
        return result;
    }

    /**
     * The service's health check command as compose passes it on: the form ["CMD", ...] or ["CMD-SHELL", "..."];
     * a plain string is compose's short form of CMD-SHELL. Empty when the service has none.
     */
    List<String> healthcheck(String service) {
        JsonNode test = service(service).path("healthcheck").path("test");
        if (test.isTextual()) {
            return List.of("CMD-SHELL", interpolate(test.asText(), Map.of()));
        }
        return strings(test).stream().map(part -> interpolate(part, Map.of())).toList();
    }

    /** The items of a list setting (ports, expose, volumes, ...) as strings; empty when it is not there. */
    static List<String> strings(JsonNode list) {
        List<String> result = new ArrayList<>();
        list.forEach(item -> result.add(item.asText()));
        return result;
    }

    static String interpolate(String value, Map<String, String> shell) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(result, Matcher.quoteReplacement(resolve(variable, shell)));
        }
        variable.appendTail(result);
        return result.toString();
    }

    private static String resolve(Matcher variable, Map<String, String> shell) {
        if (variable.group(1) != null) {
            return "$";
        }
        String name = variable.group(2) != null ? variable.group(2) : variable.group(5);
        String operator = variable.group(3);
        String argument = variable.group(4);
        String value = shell.get(name);
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        if (operator == null) {
            return set ? value : "";
        }
        boolean given = operator.startsWith(":") ? nonEmpty : set;
        return switch (operator.substring(operator.length() - 1)) {
            case "-" -> given ? value : argument;
            case "+" -> given ? argument : "";
            default -> {
                if (!given) {
                    throw new IllegalArgumentException(
                            "required variable " + name + " is missing a value: " + argument);
                }
                yield value;
            }
        };
    }
}
