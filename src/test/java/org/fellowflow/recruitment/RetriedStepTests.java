package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.fellowflow.FellowflowTest;
import org.fellowflow.notification.Notifications;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.PostState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A step that fails is retried by the job executor; its domain changes commit with the step or not at all,
 * so a retry changes nothing twice. The failure is injected in the notification that follows the reservation.
 */
@FellowflowTest
class RetriedStepTests {

    @MockitoSpyBean Notifications notifications;
    @Autowired RecruitmentDriver driver;
    @Autowired ManagementService management;
    @Autowired PhaseRegistry phases;
    @Autowired OfferService offers;
    @Autowired ApplicationReview review;

    @Test
    void reservationRetriedAfterAFailureHoldsOnePostAndMakesOneOffer() {
        String phase = driver.recruitingPhase(2);
        String reference = driver.appointable(phase);
        doThrow(new IllegalStateException("outbox unavailable")).doCallRealMethod()
                .when(notifications).toApplicant(reference, "offer");
        Job job = management.createJobQuery().processInstanceId(driver.processInstanceId(reference))
                .activityId("Task_ReservePost").singleResult();

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("outbox unavailable");

        assertThat(driver.stage(reference)).as("rolled back with the step").isEqualTo(ApplicationStage.INTERVIEWED);
        assertThat(phases.phase(phase).posts()).extracting(PhaseDetails.PostDetails::state)
                .containsOnly(PostState.OPEN);
        Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).isLessThan(job.getRetries());
        assertThat(retried.getExceptionMessage()).contains("outbox unavailable");

        management.executeJob(job.getId());

        assertThat(driver.stage(reference)).isEqualTo(ApplicationStage.OFFERED);
        assertThat(phases.phase(phase).posts()).extracting(PhaseDetails.PostDetails::heldFor)
                .containsOnlyOnce(reference);
        assertThat(offers.openOffer(reference)).isPresent();
        assertThat(notifications.templatesFor(reference)).containsOnlyOnce("offer");
    }

    @Test
    void aStepRunTwiceRecordsItsNotificationOnce() {
        String reference = driver.apply(driver.recruitingPhase(1));

        review.acknowledge(reference);
        review.acknowledge(reference);

        assertThat(notifications.templatesFor(reference)).containsExactly("application-received");
    }
}
