package org.fellowflow.notification;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fellowflow.TestMailServer;

/**
 * A message as GreenMail received it, taken apart: its To addresses, subject, raw header block, and its HTML,
 * plain-text and calendar parts (each list holds every such part found, attachments included; the HTML and
 * text parts with their lines ending LF).
 */
record ReceivedMail(List<String> to, String subject, String rawHeaders, List<String> htmlParts,
        List<String> textParts, List<String> calendars) {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    /** Every message GreenMail has received since it was last purged. */
    static List<ReceivedMail> all() {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /** The messages addressed (To) to the address. */
    static List<ReceivedMail> to(String address) {
        return all().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    static ReceivedMail of(MimeMessage message) {
        try {
            List<String> to = new ArrayList<>();
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            for (Address address : recipients == null ? new Address[0] : recipients) {
                to.add(((jakarta.mail.internet.InternetAddress) address).getAddress());
            }
            String raw = GreenMailUtil.getWholeMessage(message);
            int end = raw.indexOf("\r\n\r\n");
            List<String> html = new ArrayList<>();
            List<String> text = new ArrayList<>();
            List<String> calendars = new ArrayList<>();
            collect(message, html, text, calendars);
            return new ReceivedMail(to, message.getSubject(), end < 0 ? raw : raw.substring(0, end), html, text,
                    calendars);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, List<String> html, List<String> text, List<String> calendars)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), html, text, calendars);
            }
        } else if (part.isMimeType("text/calendar")) {
            calendars.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } else if (part.isMimeType("text/html")) {
            html.add(lines((String) part.getContent()));
        } else if (part.isMimeType("text/plain")) {
            text.add(lines((String) part.getContent()));
        }
    }

    /** MIME sends lines ending CRLF: the tests read them as Java text, ending LF. */
    private static String lines(String content) {
        return content.replace("\r\n", "\n");
    }

    /** The one HTML part. */
    String html() {
        if (htmlParts.size() != 1) {
            throw new AssertionError("expected one HTML part in \"" + subject + "\", found " + htmlParts.size());
        }
        return htmlParts.get(0);
    }

    /** The one plain-text part. */
    String text() {
        if (textParts.size() != 1) {
            throw new AssertionError("expected one text part in \"" + subject + "\", found " + textParts.size());
        }
        return textParts.get(0);
    }

    /**
     * Both parts, for checks that hold for each, with each run of white space made one space: HTML source wraps
     * its sentences anywhere.
     */
    List<String> bodies() {
        return List.of(html().replaceAll("\\s+", " "), text().replaceAll("\\s+", " "));
    }

    /** The HTML part's link targets, in order, with HTML's escaping of &amp; undone. */
    List<String> links() {
        List<String> links = new ArrayList<>();
        Matcher matcher = HREF.matcher(html());
        while (matcher.find()) {
            links.add(matcher.group(1).replace("&amp;", "&"));
        }
        return links;
    }
}
