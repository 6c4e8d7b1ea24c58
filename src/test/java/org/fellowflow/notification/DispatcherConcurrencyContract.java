package org.fellowflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fellowflow.HibernateStatistics;
import org.fellowflow.TestMailServer;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two dispatchers (as on two nodes) working the same outbox at once send, or without an SMTP server capture,
 * each message exactly once. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class DispatcherConcurrencyContract {

    private static final int MESSAGES = 60;

    @Autowired NotificationRepository outbox;
    @Autowired Notifications notifications;
    @Autowired MailComposer composer;
    @Autowired NotificationProperties properties;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void twoDispatchersAtOnceSendEachMessageOnce() throws Exception {
        OutboxDispatcher first = dispatcher();
        OutboxDispatcher second = dispatcher();
        first.dispatch();
        TestMailServer.get().purgeEmailFromAllMailboxes();
        String run = record("concurrency", MESSAGES);

        List<Integer> sent = atOnce(first, second);

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(MESSAGES);
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(MESSAGES);
        assertThat(sent).as("both dispatchers worked").allSatisfy(n -> assertThat(n).isPositive());
        assertThat(outbox.findAll()).filteredOn(n -> n.eventKey().startsWith(run))
                .extracting(Notification::status).containsOnly(Notification.Status.SENT);
    }

    @Test
    void twoDispatchersWithoutAnSmtpServerCaptureEachMessageOnce() throws Exception {
        OutboxDispatcher first = capturingDispatcher();
        OutboxDispatcher second = capturingDispatcher();
        first.dispatch();
        String run = record("capture", 3 * MESSAGES + 1);
        Long sent = outbox.findAll().stream().filter(n -> n.eventKey().equals(run + (3 * MESSAGES)))
                .findFirst().orElseThrow().id();
        transactions.executeWithoutResult(status -> outbox.findById(sent).orElseThrow().sent(clock.instant()));

        List<Integer> captured = atOnce(first, second);

        assertThat(captured.get(0) + captured.get(1)).as("each due message captured by one of them")
                .isEqualTo(3 * MESSAGES);
        assertThat(first.dispatch() + second.dispatch()).as("nothing is captured twice").isZero();
        assertThat(outbox.findAll()).filteredOn(n -> n.eventKey().startsWith(run))
                .hasSize(3 * MESSAGES + 1)
                .allSatisfy(n -> assertThat(n.status()).isEqualTo(n.id().equals(sent)
                        ? Notification.Status.SENT : Notification.Status.CAPTURED));
    }

    @Test
    void aDispatcherWithoutAnSmtpServerCapturesFiftyMessagesInATransaction() {
        OutboxDispatcher dispatcher = capturingDispatcher();
        dispatcher.dispatch();
        record("batch", 2 * MESSAGES);
        Statistics statistics = HibernateStatistics.of(entityManagerFactory);
        int captured = HibernateStatistics.counting(statistics, dispatcher::dispatch);

        assertThat(captured).isEqualTo(2 * MESSAGES);
        assertThat(statistics.getTransactionCount()).as("a look for due rows and a capture per 50 messages")
                .isLessThanOrEqualTo(2 * (2 * MESSAGES / 50 + 1));
    }

    /** Records that many team messages in one transaction; returns the prefix of their event keys. */
    private String record(String kind, int count) {
        String prefix = kind + ":" + System.nanoTime() + ":";
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                notifications.toTeam("recruiter-digest", prefix + i);
            }
        });
        return prefix;
    }

    private static List<Integer> atOnce(OutboxDispatcher first, OutboxDispatcher second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (OutboxDispatcher dispatcher : List.of(first, second)) {
            runs.add(pool.submit(() -> {
                start.await();
                return dispatcher.dispatch();
            }));
        }
        start.countDown();
        List<Integer> done = new ArrayList<>();
        for (Future<Integer> r : runs) {
            done.add(r.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return done;
    }

    /** A dispatcher with no SMTP server, as in the embedded default: it captures what is due. */
    private OutboxDispatcher capturingDispatcher() {
        return dispatcher(new StaticListableBeanFactory());
    }

    private OutboxDispatcher dispatcher() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(TestMailServer.port());
        TestMailServer.get();
        return dispatcher(new StaticListableBeanFactory(Map.of("mailSender", sender)));
    }

    private OutboxDispatcher dispatcher(StaticListableBeanFactory beans) {
        return new OutboxDispatcher(outbox, composer, beans.getBeanProvider(JavaMailSender.class), properties,
                transactions, clock);
    }
}
