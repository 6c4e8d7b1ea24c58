package org.fellowflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Application forms as the public intake API takes them, for tests that apply over HTTP to a running node. */
public final class Applicants {

    private static final ObjectMapper json = new ObjectMapper();

    private Applicants() {
    }

    /** The criteria of the seeded Knowledge Mobilisation phases (programmes/kss.yaml). */
    public static final List<String> KMF_CRITERIA = List.of("Knowledge mobilisation", "Service improvement",
            "Stakeholder engagement", "Community of practice");

    /** A complete, valid application with a statement against each criterion (Sussex is in every programme). */
    public static Map<String, Object> form(String name, String email, List<String> criteria) {
        Map<String, String> statements = new LinkedHashMap<>();
        criteria.forEach(criterion -> statements.put(criterion, "My statement on " + criterion.toLowerCase() + "."));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("email", email);
        form.put("phone", "07700 900123");
        form.put("employer", "Sussex Community Trust");
        form.put("role", "Improvement lead");
        form.put("homeIcs", "SUSSEX");
        form.put("projectIcss", List.of("SUSSEX"));
        form.put("proposalTitle", "Fewer missed appointments");
        form.put("proposalSummary", "A project to reduce missed appointments.");
        form.put("statements", statements);
        form.put("consent", true);
        form.put("guaranteedInterview", false);
        return form;
    }

    /** The reference of the application a 201 answer created. */
    public static String reference(HttpResponse<String> created) {
        return field(created, "reference");
    }

    /** The candidate's private token, from the status link of a 201 answer. */
    public static String token(HttpResponse<String> created) {
        String link = field(created, "statusLink");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String field(HttpResponse<String> created, String name) {
        try {
            return json.readTree(created.body()).get(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
