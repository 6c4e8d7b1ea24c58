package org.fellowflow.recruitment;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fellowflow.programme.Criterion;

/**
 * Turns intake's refusals, keyed by field path (e.g. {@code statements[Collaboration].}), into messages for the
 * intake page: each against the id of the element it is about, in the order of the form, worded for a person.
 */
final class IntakeFormErrors {

    /** A message about the form element with the given id. */
    record FieldError(String id, String message) {
    }

    private record Field(String label, String missing) {
    }

    private static final Pattern STATEMENT = Pattern.compile("statements(?:\\[(.*)]\\.?|\\.(.*))");
    private static final Pattern TOO_LONG = Pattern.compile("size must be between 0 and (\\d+)");
    private static final Pattern NOT_A_CHOICE = Pattern.compile("must match \".*\"");

    private static final Map<String, Field> FIELDS = fields();

    private IntakeFormErrors() {
    }

    private static Map<String, Field> fields() {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("name", new Field("Full name", "Enter your full name"));
        fields.put("email", new Field("Email address", "Enter your email address"));
        fields.put("phone", new Field("Phone number", "Enter your phone number"));
        fields.put("employer", new Field("Employer", "Enter your employer"));
        fields.put("role", new Field("Job title", "Enter your job title"));
        fields.put("homeIcs", new Field("Home ICS", "Choose the ICS you work in"));
        fields.put("projectIcss", new Field("Project ICSs", "Choose at least one ICS that your project would serve"));
        fields.put("proposalTitle", new Field("Proposal title", "Enter the title of your proposal"));
        fields.put("proposalSummary", new Field("Proposal summary", "Enter a summary of your proposal"));
        fields.put("statements", new Field("Statements", "Enter a statement against each criterion"));
        fields.put("consent", new Field("Consent",
                "Tick the consent box: we cannot process an application without your consent"));
        fields.put("guaranteedInterview", new Field("Guaranteed interview",
                "Say whether you want a guaranteed interview"));
        EqualityQuestions.ALL.forEach(question -> fields.put(question.field(),
                new Field(question.label(), "Choose an answer")));
        return fields;
    }

    /** Every error, in the order the form asks its questions. */
    static List<FieldError> of(Map<String, String> errors, List<Criterion> criteria) {
        List<String> order = new ArrayList<>(FIELDS.keySet());
        for (int i = 0; i < criteria.size(); i++) {
            order.add(order.indexOf("statements") + 1 + i, statementId(i));
        }
        return errors.entrySet().stream().map(error -> fieldError(error.getKey(), error.getValue(), criteria))
                .sorted(Comparator.comparingInt(error -> order.contains(error.id())
                        ? order.indexOf(error.id()) : order.size()))
                .toList();
    }

    static String statementId(int index) {
        return "statement-" + index;
    }

    private static FieldError fieldError(String path, String message, List<Criterion> criteria) {
        Matcher statement = STATEMENT.matcher(path);
        if (statement.matches()) {
            String criterion = statement.group(1) != null ? statement.group(1) : statement.group(2);
            int index = criteria.stream().map(Criterion::name).toList().indexOf(criterion);
            if (index >= 0) {
                return new FieldError(statementId(index), wording(new Field("Your statement on " + criterion,
                        "Enter your statement on " + criterion), message));
            }
        }
        String id = path.equals("statements") ? statementId(0)
                : path.startsWith("projectIcss") ? "projectIcss"
                : path.replaceFirst("^equality\\.", "");
        Field field = FIELDS.getOrDefault(path.equals("statements") ? path : id, new Field(id, "Answer " + id));
        return new FieldError(id, wording(field, message));
    }

    private static String wording(Field field, String message) {
        List<String> parts = List.of(message.split("; "));
        if (parts.stream().anyMatch(IntakeFormErrors::meansMissing)) {
            return field.missing();
        }
        return field.label() + " " + String.join(" and ", parts.stream().map(IntakeFormErrors::plain).toList());
    }

    private static boolean meansMissing(String message) {
        return message.equals("must not be blank") || message.equals("must not be empty")
                || message.equals("must not be null");
    }

    private static String plain(String message) {
        Matcher tooLong = TOO_LONG.matcher(message);
        if (tooLong.matches()) {
            return "must be " + NumberFormat.getIntegerInstance(Locale.UK).format(Long.parseLong(tooLong.group(1)))
                    + " characters or fewer";
        }
        if (message.equals("must be a well-formed email address")) {
            return "must be in the correct format, like name@example.com";
        }
        return NOT_A_CHOICE.matcher(message).matches() ? "must be one of the listed answers" : message;
    }
}
