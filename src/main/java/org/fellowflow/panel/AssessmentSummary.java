package org.fellowflow.panel;

/**
 * What the counted assessments of a round add up to.
 *
 * @param counted how many members' scores count (members without a conflict of interest)
 * @param meanScore the mean of all counted scores, 0 when none count
 * @param lowestCriterionMean the lowest of the per-criterion means, 0 when none count
 * @param appointShare the share of counted members who recommend appointment (interview round)
 */
public record AssessmentSummary(int counted, double meanScore, double lowestCriterionMean, double appointShare) {

    /** Two members' scores must count for a panel decision. */
    public boolean enough() {
        return counted >= 2;
    }
}
