package org.fellowflow.recruitment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * What an applicant submits, through the API or the web page.
 *
 * @param homeIcs the code of the ICS the applicant comes from, e.g. SUSSEX
 * @param projectIcss the codes of the ICSs the project would serve, one or more
 * @param statements the applicant's statement against each of the programme's criteria, keyed by criterion name
 * @param guaranteedInterview asks for an interview under the Disability Confident scheme
 * @param equality optional equality-monitoring answers, kept apart and never shown to assessors
 */
public record ApplicationForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "^[0-9 +()\\-]*$", message = "may contain only digits, spaces and + ( ) -")
        String phone,
        @NotBlank @Size(max = 200) String employer,
        @NotBlank @Size(max = 200) String role,
        @NotBlank String homeIcs,
        @NotEmpty List<@NotBlank String> projectIcss,
        @NotBlank @Size(max = 200) String proposalTitle,
        @NotBlank @Size(max = 3000) String proposalSummary,
        @NotEmpty Map<String, @NotBlank @Size(max = 3000) String> statements,
        @NotNull @AssertTrue(message = "must be given: we cannot process an application without consent")
        Boolean consent,
        Boolean guaranteedInterview,
        @Valid EqualityForm equality) {

    /** Spaces around an email address are a slip of the keyboard, not part of the address. */
    public ApplicationForm {
        email = email == null ? null : email.strip();
    }

    /**
     * Optional equality-monitoring answers; each, when given, one of the listed values.
     */
    public record EqualityForm(
            @Pattern(regexp = "16-24|25-34|35-44|45-54|55-64|65\\+|Prefer not to say") String ageBand,
            @Pattern(regexp = "Female|Male|Prefer to self-describe|Prefer not to say") String sex,
            @Pattern(regexp = "Asian or Asian British|Black, Black British, Caribbean or African|Mixed or multiple"
                    + "|White|Other ethnic group|Prefer not to say") String ethnicity,
            @Pattern(regexp = "Yes|No|Prefer not to say") String disability) {

        boolean isEmpty() {
            return ageBand == null && sex == null && ethnicity == null && disability == null;
        }
    }
}
