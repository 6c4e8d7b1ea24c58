package org.fellowflow.recruitment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * An application as one member of staff may see it. Fields they may not see are null: a panel member
 * shortlisting sees no name, contact details, employer or guaranteed-interview request. Equality answers
 * are never part of it.
 *
 * @param anonymised whether the identity is withheld (a panel member, during shortlisting)
 */
public record ApplicationView(String reference, String phaseKey, String phaseName, ApplicationStage stage,
        String stageDescription, boolean anonymised, String name, String email, String phone, String employer,
        String role, Boolean guaranteedInterview, String homeIcs, List<String> projectIcss, String proposalTitle,
        String proposalSummary, List<Statement> statements, String screeningReason, LocalDateTime interviewAt,
        String interviewLocation, String outcome) {

    public record Statement(String criterion, String text) {
    }

    static ApplicationView of(Application a, String phaseName, List<String> criteria, Access access) {
        Map<String, String> statements = a.statements();
        List<Statement> ordered = criteria.stream().filter(statements::containsKey)
                .map(c -> new Statement(c, statements.get(c))).toList();
        boolean identity = access != Access.ANONYMISED;
        boolean contact = access == Access.FULL;
        return new ApplicationView(a.reference(), a.phaseKey(), phaseName, a.stage(), a.stage().description(),
                !identity, identity ? a.name() : null, contact ? a.email() : null, contact ? a.phone() : null,
                identity ? a.employer() : null, identity ? a.role() : null, contact ? a.guaranteedInterview() : null,
                identity ? a.homeIcs() : null, a.projectIcss().stream().sorted().toList(), a.proposalTitle(),
                a.proposalSummary(), ordered, contact ? a.screeningReason() : null, a.interviewAt(),
                contact ? a.interviewLocation() : null, a.outcome());
    }

    /** How much of an application a member of staff sees. */
    enum Access {
        /** Recruiters, chairs and admins: everything but equality answers. */
        FULL,
        /** The phase's panel members after shortlisting: who the candidate is, not how to contact them. */
        IDENTIFIED,
        /** The phase's panel members during shortlisting: the proposal and statements only. */
        ANONYMISED
    }
}
