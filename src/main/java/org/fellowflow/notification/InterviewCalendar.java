package org.fellowflow.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An RFC 5545 invitation to an interview, so the candidate's calendar can hold it. */
final class InterviewCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private InterviewCalendar() {
    }

    static String invitation(String reference, String summary, LocalDateTime start, ZoneId zone, String location,
            String organiser, Instant now) {
        Instant begins = start.atZone(zone).toInstant();
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Fellowflow//Interview invitation//EN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:interview-" + reference + "@fellowflow",
                "DTSTAMP:" + UTC.format(now),
                "DTSTART:" + UTC.format(begins),
                "DTEND:" + UTC.format(begins.plusSeconds(3600)),
                fold("SUMMARY:" + escape(summary)),
                fold("LOCATION:" + escape(location)),
                fold("ORGANIZER:mailto:" + organiser),
                "END:VEVENT",
                "END:VCALENDAR", "");
    }

    /** Text values escape backslashes, semicolons, commas and newlines (RFC 5545, 3.3.11). */
    static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "");
    }

    /** Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1). */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int start = 0;
        int limit = 75;
        while (line.length() - start > limit) {
            folded.append(line, start, start + limit).append("\r\n ");
            start += limit;
            limit = 74;
        }
        return folded.append(line.substring(start)).toString();
    }
}
