package org.fellowflow.placement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule that gives a fellow a lead ICS and further ICSs. Lead: the project's ICS when there is one; when
 * there are several, the one with the fewest fellows already placed in the programme, ties broken by the
 * fellow's home ICS, then by the ICS's name. Further: the project's other ICSs, by name.
 *
 * @param lead the ICS the fellow works with first
 * @param further the other ICSs the project serves, ordered by name
 */
public record IcsAssignment(String lead, List<String> further) {

    /**
     * @param projectIcss codes of the ICSs the project would serve; at least one
     * @param homeIcs the code of the fellow's home ICS
     * @param fellowsLedBy how many fellows of the programme each ICS already leads (absent = none)
     * @param names the name of each ICS, by code, for the last tie-break
     */
    public static IcsAssignment of(Set<String> projectIcss, String homeIcs, Map<String, Long> fellowsLedBy,
            Map<String, String> names) {
        if (projectIcss.isEmpty()) {
            throw new IllegalArgumentException("A project serves at least one ICS");
        }
        Comparator<String> byName = Comparator.comparing(code -> names.getOrDefault(code, code));
        String lead = projectIcss.stream()
                .min(Comparator.<String>comparingLong(code -> fellowsLedBy.getOrDefault(code, 0L))
                        .thenComparing(code -> code.equals(homeIcs) ? 0 : 1)
                        .thenComparing(byName))
                .orElseThrow();
        List<String> further = projectIcss.stream().filter(code -> !code.equals(lead)).sorted(byName).toList();
        return new IcsAssignment(lead, further);
    }
}
