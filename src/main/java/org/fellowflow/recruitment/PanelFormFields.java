package org.fellowflow.recruitment;

import static org.fellowflow.recruitment.FellowshipApplicationProcess.*;

import java.util.Set;
import java.util.regex.Pattern;

/** The fields of a panel member's assessment form: the conflict of interest, the scores, the recommendation. */
final class PanelFormFields {

    private static final Set<String> FIELDS = Set.of(VAR_CONFLICT_OF_INTEREST, VAR_CONFLICT_NOTE, VAR_RECOMMENDATION);
    private static final Pattern SCORE = Pattern.compile(Pattern.quote(VAR_SCORE_PREFIX) + "\\d+");

    private PanelFormFields() {
    }

    static boolean isField(String variableName) {
        return FIELDS.contains(variableName) || SCORE.matcher(variableName).matches();
    }
}
