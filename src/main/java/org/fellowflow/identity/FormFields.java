package org.fellowflow.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The fields each deployed Camunda Form defines: the only variables a task with that form may set. */
@Component
class FormFields {

    private final Map<String, Set<String>> fieldsByForm = new HashMap<>();

    FormFields() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:processes/**/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode form = json.readTree(in);
                Set<String> keys = new HashSet<>();
                collectKeys(form.path("components"), keys);
                fieldsByForm.put(form.path("id").asText(), Set.copyOf(keys));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read form " + resource, e);
            }
        }
    }

    /** The keys of the form's input fields; empty for an unknown form. */
    Set<String> of(String formId) {
        return fieldsByForm.getOrDefault(formId, Set.of());
    }

    private static void collectKeys(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component.path("components"), keys);
        }
    }
}
