package org.fellowflow.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IcsAssignmentTests {

    private static final Map<String, String> NAMES = Map.of("KM", "Kent and Medway", "SX", "Sussex",
            "SH", "Surrey Heartlands", "FR", "Frimley");

    @ParameterizedTest(name = "project {0}, home {1}, fellows led {2} -> lead {3}, further {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # project ICSs | home | fellows already leading | lead | further
            SX             | KM   |                         | SX   |
            SX             | SX   | SX=5                    | SX   |
            SX KM          | FR   | SX=1                    | KM   | SX
            SX KM          | FR   | KM=2 SX=1               | SX   | KM
            SX KM          | KM   |                         | KM   | SX
            SX KM          | SX   |                         | SX   | KM
            SX KM SH       | FR   |                         | KM   | SH SX
            SX KM SH FR    | FR   | FR=1                    | KM   | FR SH SX
            SX SH          | FR   | SX=2 SH=2               | SH   | SX
            SX SH          | SX   | SX=2 SH=2               | SX   | SH
            """)
    void givesTheLeadToTheLeastServedProjectIcsThenHomeThenName(String project, String home, String led,
            String lead, String further) {
        IcsAssignment assignment = IcsAssignment.of(codes(project), home, counts(led), NAMES);

        assertThat(assignment.lead()).isEqualTo(lead);
        assertThat(assignment.further()).containsExactlyElementsOf(further == null ? List.of() : List.of(further.split(" ")));
    }

    @Test
    void aProjectServesAtLeastOneIcs() {
        assertThatThrownBy(() -> IcsAssignment.of(Set.of(), "SX", Map.of(), NAMES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> codes(String text) {
        return new LinkedHashSet<>(Arrays.asList(text.split(" ")));
    }

    private static Map<String, Long> counts(String text) {
        if (text == null) {
            return Map.of();
        }
        return Arrays.stream(text.split(" ")).map(pair -> pair.split("="))
                .collect(java.util.stream.Collectors.toMap(p -> p[0], p -> Long.parseLong(p[1])));
    }
}
