package org.fellowflow.recruitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fellowflow.programme.Criterion;
import org.springframework.util.MultiValueMap;

/**
 * What a person typed into the intake page, kept as typed so that a refused form comes back filled in.
 * Statements arrive as {@code statements[criterion name]}: read by exact name rather than bound as bean
 * properties, because criterion names hold spaces and punctuation that property paths would misread.
 */
record IntakeFormValues(String name, String email, String phone, String employer, String role, String homeIcs,
        List<String> projectIcss, String proposalTitle, String proposalSummary, Map<String, String> statements,
        boolean consent, boolean guaranteedInterview, Map<String, String> equality) {

    static IntakeFormValues empty() {
        return new IntakeFormValues("", "", "", "", "", "", List.of(), "", "", Map.of(), false, false, Map.of());
    }

    static IntakeFormValues from(MultiValueMap<String, String> params, List<Criterion> criteria) {
        Map<String, String> statements = new LinkedHashMap<>();
        criteria.forEach(criterion -> statements.put(criterion.name(),
                text(params, "statements[" + criterion.name() + "]")));
        Map<String, String> equality = new LinkedHashMap<>();
        EqualityQuestions.FIELDS.forEach(field -> equality.put(field, text(params, field)));
        List<String> projectIcss = params.getOrDefault("projectIcss", List.of()).stream()
                .filter(code -> code != null && !code.isBlank()).toList();
        return new IntakeFormValues(text(params, "name"), text(params, "email"), text(params, "phone"),
                text(params, "employer"), text(params, "role"), text(params, "homeIcs"), projectIcss,
                text(params, "proposalTitle"), text(params, "proposalSummary"), statements,
                params.containsKey("consent"), params.containsKey("guaranteedInterview"), equality);
    }

    /**
     * Blank statements stay in, so that each missing one is named; blank optional answers become null,
     * as the form's empty choice means "not answered".
     */
    ApplicationForm toApplicationForm() {
        ApplicationForm.EqualityForm answers = new ApplicationForm.EqualityForm(orNull(equality.get("ageBand")),
                orNull(equality.get("sex")), orNull(equality.get("ethnicity")), orNull(equality.get("disability")));
        return new ApplicationForm(name.strip(), email.strip(), orNull(phone), employer.strip(), role.strip(),
                homeIcs, projectIcss, proposalTitle.strip(), proposalSummary, statements, consent,
                guaranteedInterview, answers.isEmpty() ? null : answers);
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
