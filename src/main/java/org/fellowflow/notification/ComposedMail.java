package org.fellowflow.notification;

/**
 * A message ready to send.
 *
 * @param calendar an iCalendar invitation to attach (text/calendar), or null
 */
record ComposedMail(String to, String subject, String html, String text, String calendar) {
}
