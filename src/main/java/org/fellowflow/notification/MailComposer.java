package org.fellowflow.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Turns an outbox row into a message: finds the recipient's address when it is sent, and renders the
 * template's HTML and plain-text parts (templates/mail/NAME.html and NAME.txt). The subject is the HTML
 * part's title. Staff messages carry the application's reference and proposal title, never an applicant's
 * personal data.
 */
@Component
class MailComposer {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private final TemplateEngine templates = new org.thymeleaf.spring6.SpringTemplateEngine();
    private final ApplicantDirectory applicants;
    private final IdentityService identity;
    private final TeamDigest digest;
    private final NotificationProperties properties;
    private final Clock clock;

    MailComposer(ApplicantDirectory applicants, IdentityService identity, TeamDigest digest,
            NotificationProperties properties, Clock clock) {
        this.applicants = applicants;
        this.identity = identity;
        this.digest = digest;
        this.properties = properties;
        this.clock = clock;
        templates.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
        templates.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
    }

    /** @throws UndeliverableException when the recipient is gone (e.g. the application was erased) */
    ComposedMail compose(Notification notification) {
        Map<String, Object> model = new HashMap<>();
        model.put("signature", properties.signature());
        model.put("contactAddress", properties.replyTo());
        String to;
        String calendar = null;
        switch (notification.recipientKind()) {
            case APPLICANT -> {
                ApplicantDirectory.Applicant applicant = applicants.applicant(notification.recipient())
                        .orElseThrow(() -> new UndeliverableException("no application " + notification.recipient()));
                model.putAll(applicant.facts());
                model.put("recipientName", applicant.name());
                to = applicant.email();
                if ("interview-invitation".equals(notification.template())) {
                    calendar = InterviewCalendar.invitation(notification.recipient(),
                            "Fellowship interview (" + notification.recipient() + ")",
                            (LocalDateTime) applicant.facts().get("interviewStart"),
                            (ZoneId) applicant.facts().get("zone"),
                            (String) applicant.facts().get("interviewLocation"), properties.replyTo(),
                            clock.instant());
                }
            }
            case STAFF -> {
                User user = identity.createUserQuery().userId(notification.recipient()).singleResult();
                if (user == null || user.getEmail() == null) {
                    throw new UndeliverableException("no address for user " + notification.recipient());
                }
                to = user.getEmail();
                model.put("recipientName", user.getFirstName() != null ? user.getFirstName() : user.getId());
                if (notification.applicationReference() != null) {
                    applicants.applicant(notification.applicationReference()).ifPresent(applicant -> {
                        for (String key : new String[] {"reference", "proposalTitle", "phaseName", "tasklistLink"}) {
                            model.put(key, applicant.facts().get(key));
                        }
                    });
                }
            }
            case TEAM -> {
                to = properties.teamAddress();
                model.put("recipientName", "programme team");
                model.put("tasks", digest.waitingTasks());
                model.put("waitingDays", properties.digestAfter().toDays());
            }
            default -> throw new IllegalStateException("Unknown recipient " + notification.recipientKind());
        }
        Context context = new Context(Locale.UK, model);
        String html = templates.process(notification.template() + ".html", context);
        String text = templates.process(notification.template() + ".txt", context);
        return new ComposedMail(to, subject(html), html, text, calendar);
    }

    /** The HTML title, unescaped and on one line, so no header can be injected through it. */
    static String subject(String html) {
        Matcher title = TITLE.matcher(html);
        String subject = title.find() ? HtmlUtils.htmlUnescape(title.group(1)) : "Fellowflow";
        return subject.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").replaceAll(" {2,}", " ").strip();
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        return resolver;
    }

    /** The message cannot be addressed: retrying will not help. */
    static class UndeliverableException extends RuntimeException {
        UndeliverableException(String message) {
            super(message);
        }
    }
}
