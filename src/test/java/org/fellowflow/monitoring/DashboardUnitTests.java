package org.fellowflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The dashboard's parts that need no application: the CSV writer, the SVG charts and the fairness sums. */
class DashboardUnitTests {

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        String csv = CsvWriter.write(List.of("Name", "Note"), List.of(
                List.of("=HYPERLINK(\"x\")", "+1"),
                List.of("-2", "@SUM(A1)"),
                List.of("\tTabbed", "plain, with comma"),
                Arrays.asList("line\nbreak", null)));

        assertThat(csv.split("\r\n", -1)).containsExactly(
                "\"Name\",\"Note\"",
                "\"'=HYPERLINK(\"\"x\"\")\",\"'+1\"",
                "\"'-2\",\"'@SUM(A1)\"",
                "\"'\tTabbed\",\"plain, with comma\"",
                "\"line\nbreak\",\"\"",
                "");
        assertThat(CsvWriter.cell("HIF-SUS")).as("a hyphen inside a cell is harmless").isEqualTo("\"HIF-SUS\"");
    }

    @Test
    void theTimelineDrawsPhasesInLaunchOrderAndEscapesTheirNames() throws Exception {
        LocalDate today = LocalDate.of(2025, 6, 1);
        String hostile = "<script>alert(\"x\")</script> & 'Co'\u0007";
        List<PhaseProgress> phases = List.of(phase("LATE", "Late phase", LocalDate.of(2025, 9, 1)),
                phase("EVIL", hostile, LocalDate.of(2025, 1, 15)), phase("MID", "Mid phase", LocalDate.of(2025, 3, 1)));

        String svg = TimelineSvg.render(phases, today);

        assertThat(svg).doesNotContain("<script", "\u0007").contains("&lt;script&gt;alert(&quot;x&quot;)");
        Document xml = parse(svg);
        List<String> order = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        NodeList groups = xml.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("timeline-phase")) {
                order.add(group.getAttribute("data-phase"));
                labels.add(group.getElementsByTagName("text").item(0).getTextContent());
            }
        }
        assertThat(order).containsExactly("EVIL", "MID", "LATE");
        assertThat(labels.get(0)).startsWith("<script>alert(\"x\")").endsWith("…");
        assertThat(xml.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Timeline of the phases");
        assertThat(xml.getElementsByTagName("desc").item(0).getTextContent())
                .contains(hostile.substring(0, hostile.length() - 1), "Today is 1 Jun 2025.");
    }

    @Test
    void theIcsChartIsWellFormedAndSaysItsFiguresInWords() throws Exception {
        List<IcsCoverage.Row> rows = IcsCoverage.rows(List.of("Frimley", "Kent & Medway"), List.of());

        Document xml = parse(IcsChartSvg.render(rows));

        assertThat(xml.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Frimley: 0 fellows as lead ICS, 0 served. Kent & Medway: 0 fellows as lead ICS, 0 served.");
    }

    @Test
    void countsUnderFiveAndWhateverIsWorkedOutFromThemAreSuppressed() {
        Map<String, long[]> counts = FairnessQueries.emptyCounts();
        counts.put("White", new long[] {40, 20, 10});
        counts.put("Asian or Asian British", new long[] {30, 10, 4});
        counts.put("Black, Black British, Caribbean or African", new long[] {25, 10, 5});
        counts.put("Mixed or multiple", new long[] {4, 0, 0});

        Fairness fairness = FairnessQueries.compute(null, counts);

        assertThat(fairness.groups()).extracting(Fairness.Row::group).containsExactly("White",
                "Asian or Asian British", "Black, Black British, Caribbean or African", "Mixed or multiple",
                "Other ethnic group", "Not stated");
        Fairness.Row white = fairness.groups().get(0);
        assertThat(white.suppressed()).isFalse();
        assertThat(white.likelihood()).isEqualTo(0.5);
        assertThat(white.relativeLikelihood()).as("the reference group").isNull();
        Fairness.Row asian = fairness.groups().get(1);
        assertThat(asian.applicants()).isEqualTo(30);
        assertThat(asian.appointed()).as("4 appointed").isNull();
        assertThat(asian.likelihood()).isNull();
        assertThat(asian.relativeLikelihood()).isNull();
        assertThat(asian.suppressedFigures()).containsExactly("appointed", "likelihood", "relativeLikelihood");
        Fairness.Row black = fairness.groups().get(2);
        assertThat(black.suppressed()).as("5 is shown").isFalse();
        assertThat(black.relativeLikelihood()).isEqualTo(1.0);
        Fairness.Row bme = fairness.blackAndMinorityEthnic();
        assertThat(bme.applicants()).isEqualTo(59);
        assertThat(bme.shortlisted()).isEqualTo(20);
        assertThat(bme.appointed()).isEqualTo(9);
        assertThat(bme.relativeLikelihood()).isEqualTo(0.5 / (9.0 / 20));

        counts.put("White", new long[] {40, 20, 4});
        assertThat(FairnessQueries.compute(null, counts).groups().get(2).suppressedFigures())
                .as("a ratio against a suppressed White count").containsExactly("relativeLikelihood");
        assertThat(DashboardTables.fairness(FairnessQueries.compute("P", counts)).rows().get(2))
                .containsExactly("P", "Black, Black British, Caribbean or African", "25", "10", "5", "0.50",
                        "suppressed");
    }

    @Test
    void unansweredAndPreferNotToSayAreNotStated() {
        assertThat(FairnessQueries.group(null)).isEqualTo("Not stated");
        assertThat(FairnessQueries.group("Prefer not to say")).isEqualTo("Not stated");
        assertThat(FairnessQueries.group("White")).isEqualTo("White");
    }

    private static PhaseProgress phase(String key, String name, LocalDate launch) {
        return new PhaseProgress(key, name, "P", "Programme", "PLANNED", launch, launch.plusDays(67),
                launch.plusDays(67).plusMonths(12), new PhaseProgress.Posts(1, 0, 0), Map.of(), 0, null, 0, null,
                Map.of(), Map.of(), Map.of(), List.of(), List.of());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
