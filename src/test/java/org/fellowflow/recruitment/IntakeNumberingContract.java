package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.fellowflow.programme.PhaseNotRecruitingException;
import org.fellowflow.web.InvalidFieldsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each application a phase receives gets the next number of that phase, also when many arrive at once, and an
 * application that is refused uses up no number. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class IntakeNumberingContract {

    @Autowired IntakeService intake;
    @Autowired RecruitmentDriver driver;
    @Autowired JdbcTemplate jdbc;

    @Test
    void applicationsSubmittedAtOnceAreNumberedOneToNWithoutAGapOrATwin() throws Exception {
        String phase = driver.recruitingPhase(2);
        int applications = 12;
        ExecutorService applicants = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> references = new ArrayList<>();
        try {
            for (int i = 1; i <= applications; i++) {
                String email = "at-once-" + i + "@example.org";
                references.add(applicants.submit(() -> {
                    start.await();
                    return intake.submit(phase, RecruitmentDriver.form("At Once", email, false, List.of("SUSSEX")))
                            .reference();
                }));
            }
            start.countDown();
            List<String> numbered = new ArrayList<>();
            for (Future<String> reference : references) {
                numbered.add(reference.get(60, TimeUnit.SECONDS));
            }

            assertThat(numbered).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, applications)
                    .mapToObj(n -> "%s-%04d".formatted(phase, n)).toList());
            assertThat(received(phase)).isEqualTo(applications);
        } finally {
            applicants.shutdownNow();
        }
    }

    @Test
    void aRefusedApplicationUsesUpNoNumber() {
        String phase = driver.recruitingPhase(2);
        assertThatThrownBy(() -> intake.submit(phase, RecruitmentDriver.form("", "not-an-address", false,
                List.of("SUSSEX")))).isInstanceOf(InvalidFieldsException.class);
        String first = intake.submit(phase, RecruitmentDriver.form("First", "first@example.org", false,
                List.of("SUSSEX"))).reference();
        assertThatThrownBy(() -> intake.submit(phase, RecruitmentDriver.form("First again", "first@example.org",
                false, List.of("SUSSEX")))).isInstanceOf(DuplicateApplicationException.class);
        String second = intake.submit(phase, RecruitmentDriver.form("Second", "second@example.org", false,
                List.of("SUSSEX"))).reference();

        assertThat(List.of(first, second)).containsExactly(phase + "-0001", phase + "-0002");
        assertThat(received(phase)).isEqualTo(2);
    }

    @Test
    void aPhaseNotYetRecruitingRefusesAnApplicationAndCountsNothing() {
        String phase = driver.plannedPhase(2, LocalDate.now().plusDays(30));

        assertThatThrownBy(() -> intake.submit(phase, RecruitmentDriver.form("Early", "early@example.org", false,
                List.of("SUSSEX")))).isInstanceOf(PhaseNotRecruitingException.class)
                .hasMessageContaining("has not opened for applications yet");
        assertThat(received(phase)).isZero();
    }

    private int received(String phase) {
        return jdbc.queryForObject("select applications_received from phase where phase_key = ?", Integer.class,
                phase);
    }
}
