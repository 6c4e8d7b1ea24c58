package org.fellowflow.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Fellowflow's mail reads and is sent.
 *
 * @param from the sender address
 * @param replyTo where replies go: the programme team
 * @param teamAddress the programme team's address, for the recruiters' daily digest
 * @param signature who the messages are from, e.g. "The ARC KSS Fellowships team"
 * @param retryDelays the waits between attempts: five attempts over about an hour by default
 * @param dispatchEvery how often the dispatcher looks for messages to send
 * @param claimFor how long a dispatcher holds a message it is sending; one that dies is replaced after this
 * @param assessmentReminderAfter how long an assessment may wait before its panel member is reminded
 * @param digestAfter how long a recruiters' task may wait before it appears in the daily digest
 * @param digestCron when the daily digest goes out
 */
@ConfigurationProperties("fellowflow.notification")
public record NotificationProperties(
        @DefaultValue("fellowships@fellowflow.example") String from,
        @DefaultValue("fellowships@fellowflow.example") String replyTo,
        @DefaultValue("fellowships@fellowflow.example") String teamAddress,
        @DefaultValue("The ARC KSS Fellowships team") String signature,
        @DefaultValue({"PT1M", "PT5M", "PT15M", "PT40M"}) List<Duration> retryDelays,
        @DefaultValue("PT5S") Duration dispatchEvery,
        @DefaultValue("PT5M") Duration claimFor,
        @DefaultValue("P5D") Duration assessmentReminderAfter,
        @DefaultValue("P3D") Duration digestAfter,
        @DefaultValue("0 0 7 * * *") String digestCron) {

    /** The wait after the given number of failed attempts; null when there is to be no further attempt. */
    Duration retryAfter(int failedAttempts) {
        return failedAttempts <= retryDelays.size() ? retryDelays.get(failedAttempts - 1) : null;
    }
}
