package org.fellowflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fellowflow.FellowflowMailTest;
import org.fellowflow.TestMailServer;
import org.fellowflow.recruitment.RecruitmentTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** No failure of the mail server loses or duplicates a message or an application. */
@FellowflowMailTest
class NotificationDeliveryTests {

    @Autowired RecruitmentTestSupport recruitment;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired NotificationRepository outbox;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void emptyOutboxAndInbox() throws Exception {
        dispatcher.dispatch();
        TestMailServer.get().purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void mailServerBackUp() {
        TestMailServer.get();
    }

    @Test
    void applicationsSubmittedWhileSmtpIsDownAreKeptAndEachAcknowledgementArrivesOnceWhenItIsBack()
            throws Exception {
        String phase = recruitment.recruitingPhase();
        TestMailServer.stop();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            references.add(recruitment.submittedApplication(phase));
        }

        assertThat(dispatcher.dispatch()).as("nothing can be sent").isZero();
        assertThat(references).allSatisfy(reference -> {
            assertThat(recruitment.stageOf(reference)).isEqualTo("SUBMITTED");
            assertThat(recruitment.openTask(reference, "Task_ScreenEligibility")).isNotNull();
        });
        assertThat(received(references)).isEmpty();

        GreenMail smtp = TestMailServer.get();
        assertThat(dispatcher.dispatch()).isEqualTo(20);
        assertThat(dispatcher.dispatch()).as("a second run sends nothing again").isZero();

        Map<String, Long> acknowledgements = received(references);
        assertThat(acknowledgements).hasSize(20).allSatisfy((recipient, count) -> assertThat(count).isOne());
        assertThat(smtp.getReceivedMessages()).hasSize(20);
    }

    @Test
    void aDispatcherDyingAfterSendingBeforeMarkingSentIsTheOneCaseThatResends() throws Exception {
        String reference = recruitment.submittedApplication();
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        Long id = outbox.findByApplicationReferenceOrderById(reference).get(0).id();

        // As if the dispatcher had died after the SMTP server took the message: claimed, never marked sent.
        simulateCrashAfterSend(id);
        assertThat(dispatcher.dispatch()).as("claim still held: nothing yet").isZero();
        expireClaim(id);
        assertThat(dispatcher.dispatch()).as("the expired claim is taken over").isEqualTo(1);

        assertThat(TestMailServer.get().getReceivedMessages()).as("the documented resend").hasSize(2);
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(2);
    }

    private void simulateCrashAfterSend(Long id) {
        transactions.executeWithoutResult(status -> jdbcSet(id, "SENDING", Instant.now().plusSeconds(300)));
    }

    private void expireClaim(Long id) {
        transactions.executeWithoutResult(status -> jdbcSet(id, "SENDING", Instant.now().minusSeconds(1)));
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void jdbcSet(Long id, String status, Instant claimedUntil) {
        jdbc.update("update notification set status = ?, claimed_until = ? where id = ?", status,
                java.sql.Timestamp.from(claimedUntil), id);
    }

    /** Acknowledgements received, counted by recipient, for the given applications' applicants. */
    private Map<String, Long> received(List<String> references) throws Exception {
        GreenMail smtp = TestMailServer.get();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String subject = message.getSubject();
            if (references.stream().anyMatch(subject::contains)) {
                recipients.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
            }
        }
        return recipients.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
