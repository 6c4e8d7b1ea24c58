package org.fellowflow.recruitment;

import jakarta.validation.constraints.Pattern;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The optional equality-monitoring questions of the intake page. Their choices are read from the
 * {@link ApplicationForm.EqualityForm} patterns, so that the page offers exactly what intake accepts.
 */
final class EqualityQuestions {

    /** One question: its field, its label, and the answers allowed. */
    record Question(String field, String label, List<String> choices) {
    }

    private static final Map<String, String> LABELS = Map.of("ageBand", "Age", "sex", "Sex",
            "ethnicity", "Ethnic group", "disability", "Do you consider yourself to have a disability?");

    static final List<Question> ALL = Arrays.stream(ApplicationForm.EqualityForm.class.getRecordComponents())
            .map(EqualityQuestions::question).toList();

    static final List<String> FIELDS = ALL.stream().map(Question::field).toList();

    private EqualityQuestions() {
    }

    private static Question question(RecordComponent component) {
        String regexp = component.getAccessor().getAnnotation(Pattern.class).regexp();
        List<String> choices = Arrays.stream(regexp.split("\\|")).map(choice -> choice.replace("\\", "")).toList();
        // Fails as the page's controller is created at start-up, not in front of an applicant, if a pattern
        // ever stops being a plain list of choices.
        choices.stream().filter(choice -> !choice.matches(regexp)).findFirst().ifPresent(choice -> {
            throw new IllegalStateException("The pattern of " + component.getName() + " is not a list of choices");
        });
        return new Question(component.getName(), LABELS.getOrDefault(component.getName(), component.getName()),
                choices);
    }
}
