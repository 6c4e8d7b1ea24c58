package org.fellowflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fellowflow.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two dispatchers (as on two nodes) working the same outbox at once send each message exactly once.
 * Run on H2 and PostgreSQL by the subclasses.
 */
abstract class DispatcherConcurrencyContract {

    private static final int MESSAGES = 60;

    @Autowired NotificationRepository outbox;
    @Autowired Notifications notifications;
    @Autowired MailComposer composer;
    @Autowired NotificationProperties properties;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    @Test
    void twoDispatchersAtOnceSendEachMessageOnce() throws Exception {
        OutboxDispatcher first = dispatcher();
        OutboxDispatcher second = dispatcher();
        first.dispatch();
        TestMailServer.get().purgeEmailFromAllMailboxes();
        String run = Long.toString(System.nanoTime());
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < MESSAGES; i++) {
                notifications.toTeam("recruiter-digest", "concurrency:" + run + ":" + i);
            }
        });

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
        int sent = 0;
        for (Future<Integer> r : runs) {
            sent += r.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(sent).isEqualTo(MESSAGES);
        assertThat(TestMailServer.get().getReceivedMessages()).hasSize(MESSAGES);
        assertThat(runs.get(0).get()).as("both dispatchers worked").isPositive();
        assertThat(runs.get(1).get()).as("both dispatchers worked").isPositive();
        assertThat(outbox.findAll()).filteredOn(n -> n.eventKey().startsWith("concurrency:" + run))
                .extracting(Notification::status).containsOnly(Notification.Status.SENT);
    }

    private OutboxDispatcher dispatcher() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(TestMailServer.port());
        TestMailServer.get();
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new OutboxDispatcher(outbox, composer, beans.getBeanProvider(JavaMailSender.class), properties,
                transactions, clock);
    }
}
