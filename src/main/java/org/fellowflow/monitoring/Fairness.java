package org.fellowflow.monitoring;

import java.util.List;

/**
 * The relative likelihood of appointment from shortlisting by ethnic group, as in indicator 2 of the NHS
 * Workforce Race Equality Standard: a group's likelihood is appointed ÷ shortlisted, and its relative
 * likelihood is the White likelihood ÷ the group's. Above 1 means White applicants were the more likely to be
 * appointed from shortlisting.
 *
 * <p>Small numbers are suppressed: a count under {@link #suppressedBelow} is given as null, and so is every
 * figure computed from such a count; the row then says {@code suppressed: true} and names the figures.
 *
 * @param phase the phase the figures are for, or null for every phase together
 * @param groups one row for each ethnic group (White first, "Not stated" last)
 * @param blackAndMinorityEthnic every group other than White and "Not stated" together, compared with White
 */
public record Fairness(String phase, int suppressedBelow, List<Row> groups, Row blackAndMinorityEthnic) {

    /**
     * One group's figures; a suppressed figure is null and named in {@code suppressedFigures}.
     *
     * @param relativeLikelihood the White likelihood ÷ this group's; null for White itself (the reference)
     */
    public record Row(String group, Long applicants, Long shortlisted, Long appointed, Double likelihood,
            Double relativeLikelihood, boolean suppressed, List<String> suppressedFigures) {

        public boolean isSuppressed(String figure) {
            return suppressedFigures.contains(figure);
        }
    }
}
