package org.fellowflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import org.fellowflow.programme.ProgrammeCatalogue.PhasePlan;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ProgrammeFileReaderTests {

    private static final String SOURCE = "programmes/test.yaml";

    private static final String VALID = """
            icss:
              - code: KENT_MEDWAY
                name: Kent and Medway
              - code: SUSSEX
                name: Sussex
            programmes:
              - key: HIF
                name: Health Inequalities Fellowship
                readvertise-every: P14D
                fellowship:
                  length: P12M
                  check-in-every: P56D
                  community-of-practice: KSS CoP
                  modules:
                    - name: Introduction
                      due-month: 2
                criteria:
                  - name: Proposal
                    description: A feasible project.
                phases:
                  - key: HIF-KM
                    name: Kent & Medway
                    launch: 2024-12-02
                    start: 2025-04-01
                    posts: 2
                    icss: [KENT_MEDWAY]
                    panel:
                      chair: chair
                      members: [panel1, panel2]
                  - key: HIF-SUS
                    name: Sussex
                    launch: 2024-04-02
                    start: 2025-10-01
                    posts: 2
                    icss: [SUSSEX]
                    panel:
                      chair: chair
                      members: [panel1, panel2]
            """;

    private final ProgrammeFileReader reader = new ProgrammeFileReader();

    @Test
    void readsTheShippedProgrammeFile() throws IOException {
        try (InputStream in = new ClassPathResource("programmes/kss.yaml").getInputStream()) {
            ProgrammeCatalogue catalogue = reader.read(in, "kss.yaml");

            assertThat(catalogue.icss()).extracting(ProgrammeCatalogue.IcsPlan::name)
                    .containsExactly("Kent and Medway", "Sussex", "Surrey Heartlands", "Frimley");
            assertThat(catalogue.programmes()).extracting(ProgrammeCatalogue.ProgrammePlan::key)
                    .containsExactly("HIF", "KMF");
            assertThat(catalogue.programmes().get(0).phases()).extracting(PhasePlan::key, PhasePlan::posts)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("HIF-KM", 2),
                            org.assertj.core.groups.Tuple.tuple("HIF-SUS", 2),
                            org.assertj.core.groups.Tuple.tuple("HIF-SUR", 2));
            assertThat(catalogue.programmes().get(1).phases()).extracting(PhasePlan::posts)
                    .containsExactly(3, 3, 2);
        }
    }

    @Test
    void readsPhasesWithTheirDatesPostsAndIcss() {
        ProgrammeCatalogue catalogue = read(VALID);

        ProgrammeCatalogue.ProgrammePlan programme = catalogue.programmes().get(0);
        assertThat(programme.readvertiseEvery()).isEqualTo(Period.ofDays(14));
        assertThat(programme.criteria()).containsExactly(new Criterion("Proposal", "A feasible project."));
        assertThat(programme.phases().get(0)).isEqualTo(new PhasePlan("HIF-KM", "Kent & Medway",
                LocalDate.of(2024, 12, 2), LocalDate.of(2025, 4, 1), 2, java.util.List.of("KENT_MEDWAY"),
                new ProgrammeCatalogue.PanelPlan("chair", java.util.List.of("panel1", "panel2"))));
    }

    @Test
    void readvertisingDefaultsToEveryTwentyEightDays() {
        ProgrammeCatalogue catalogue = read(VALID.replace("    readvertise-every: P14D\n", ""));

        assertThat(catalogue.programmes().get(0).readvertiseEvery()).isEqualTo(Period.ofDays(28));
    }

    @Test
    void rejectsAnUnknownIcs() {
        assertRejected(VALID.replace("icss: [SUSSEX]", "icss: [ESSEX]"),
                "phase HIF-SUS, field icss: unknown ICS 'ESSEX'");
    }

    @Test
    void rejectsAStartBeforeTheLaunch() {
        assertRejected(VALID.replace("start: 2025-10-01", "start: 2024-01-15"),
                "phase HIF-SUS, field start: 2024-01-15 is not after the launch date 2024-04-02");
    }

    @Test
    void rejectsAPhaseWithoutPosts() {
        assertRejected(VALID.replace("posts: 2\n        icss: [SUSSEX]", "posts: 0\n        icss: [SUSSEX]"),
                "phase HIF-SUS, field posts: a phase needs at least one post, not 0");
    }

    @Test
    void rejectsADuplicatePhaseKey() {
        assertRejected(VALID.replace("key: HIF-SUS", "key: HIF-KM"),
                "phase HIF-KM, field key: duplicate phase key HIF-KM");
    }

    @Test
    void rejectsAnUnparseableDate() {
        assertRejected(VALID.replace("launch: 2024-04-02", "launch: Spring 2024"),
                "phase HIF-SUS, field launch: 'Spring 2024' is not a date in the form 2025-04-01");
    }

    @Test
    void rejectsAnUnknownField() {
        assertRejected(VALID.replace("posts: 2\n        icss: [SUSSEX]", "posts: 2\n        seats: 4\n        icss: [SUSSEX]"),
                "phase HIF-SUS, field seats: unknown field");
    }

    @Test
    void rejectsPostsThatAreNotANumber() {
        assertRejected(VALID.replace("posts: 2\n        icss: [SUSSEX]", "posts: two\n        icss: [SUSSEX]"),
                "phase HIF-SUS, field posts:");
    }

    @Test
    void readsWhatAFellowshipIs() {
        ProgrammeCatalogue.FellowshipPlan fellowship = read(VALID).programmes().get(0).fellowship();

        assertThat(fellowship.length()).isEqualTo(Period.ofMonths(12));
        assertThat(fellowship.checkInEvery()).isEqualTo(Period.ofDays(56));
        assertThat(fellowship.modules()).containsExactly(new TrainingModule("Introduction", 2));
    }

    @Test
    void rejectsATrainingModuleDueAfterTheFellowshipEnds() {
        assertRejected(VALID.replace("due-month: 2", "due-month: 13"),
                "programme HIF, field fellowship.modules: 'Introduction' is due in month 13, outside the 12-month");
    }

    @Test
    void rejectsAProgrammeWithoutItsFellowship() {
        assertRejected(VALID.replace("length: P12M", "length: a year"),
                "programme HIF, field fellowship.length: 'a year' is not an ISO-8601 period");
    }

    @Test
    void rejectsAPanelOfOne() {
        assertRejected(VALID.replace("icss: [SUSSEX]\n        panel:\n          chair: chair\n          members: [panel1, panel2]",
                "icss: [SUSSEX]\n        panel:\n          chair: chair\n          members: [panel1]"),
                "phase HIF-SUS, field panel.members: a panel needs at least two members, not 1");
    }

    @Test
    void rejectsAnUnparseableReadvertisingPeriod() {
        assertRejected(VALID.replace("P14D", "fortnightly"),
                "programme HIF, field readvertise-every: 'fortnightly' is not an ISO-8601 period");
    }

    @Test
    void reportsEveryProblemInOneMessage() {
        String twoMistakes = VALID.replace("icss: [SUSSEX]", "icss: [ESSEX]").replace("posts: 2\n        icss: [KENT",
                "posts: 0\n        icss: [KENT");

        assertThatThrownBy(() -> read(twoMistakes))
                .isInstanceOf(InvalidProgrammeDataException.class)
                .satisfies(e -> assertThat(((InvalidProgrammeDataException) e).problems()).hasSize(2));
    }

    @Test
    void rejectsAFileThatIsNotYaml() {
        assertRejected("programmes: [unclosed", "cannot be read as YAML");
    }

    private void assertRejected(String yaml, String problem) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InvalidProgrammeDataException.class)
                .hasMessageStartingWith("Programme data in " + SOURCE + " is not valid")
                .hasMessageContaining(problem);
    }

    private ProgrammeCatalogue read(String yaml) {
        return reader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), SOURCE);
    }
}
