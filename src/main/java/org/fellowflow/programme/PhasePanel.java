package org.fellowflow.programme;

import java.util.List;

/**
 * A phase as its panel sees it: who sits on the panel and what they score, without the phase's posts, ICSs
 * and re-advertisements.
 *
 * @param criteria the names of the programme's panel criteria, in the programme's order
 */
public record PhasePanel(String phaseName, List<String> members, List<String> criteria) {
}
