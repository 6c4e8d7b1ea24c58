package org.fellowflow.notification;

import java.util.List;
import org.springframework.stereotype.Component;

/** Lets tests of other packages run the dispatcher and read the outbox. */
@Component
public class OutboxTestSupport {

    private final OutboxDispatcher dispatcher;
    private final NotificationRepository outbox;

    OutboxTestSupport(OutboxDispatcher dispatcher, NotificationRepository outbox) {
        this.dispatcher = dispatcher;
        this.outbox = outbox;
    }

    /** Sends every due message now; returns how many were sent or captured. */
    public int dispatch() {
        return dispatcher.dispatch();
    }

    /** The status of each notification of the application, oldest first, e.g. "application-received:SENT". */
    public List<String> statusesFor(String reference) {
        return outbox.findByApplicationReferenceOrderById(reference).stream()
                .map(n -> n.template() + ":" + n.status()).toList();
    }
}
