package org.fellowflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fellowflow.FellowflowMailTest;
import org.fellowflow.TestMailServer;
import org.fellowflow.notification.RecruitmentSteps.Person;
import org.fellowflow.programme.ProgrammeProperties;
import org.fellowflow.recruitment.ApplicationStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * Every mail template, sent for real: applications move through their process, the outbox's dispatcher sends
 * through Spring Mail to GreenMail, and each test reads what arrived — recipient, subject, both parts, links
 * (followed), the interview's calendar invitation — and checks that no one else's personal data is in it.
 */
@FellowflowMailTest
class MailTemplatesTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final String PUBLIC_URL = "http://localhost:8080";
    private static final String TEAM = "fellowships@fellowflow.example";
    private static final String SIGNATURE = "The ARC KSS Fellowships team";
    private static final String CONTACT = "fellowships@fellowflow.example";
    /** The driver's form proposes this project; its interview is at 10:30 three days from today. */
    private static final String PROPOSAL = "Reducing missed appointments";
    private static final Map<String, String> PANEL = Map.of("panel1", "Priya", "panel2", "Patrick", "panel3", "Pearl");
    private static final AtomicInteger people = new AtomicInteger();
    private static final List<String> APPLICANT_TEMPLATES = List.of("application-received", "not-eligible",
            "not-shortlisted", "interview-invitation", "reserve-list", "not-appointable", "offer", "offer-reminder",
            "offer-lapsed", "appointment-confirmed", "recruitment-closed", "reserve-list-closed");
    private static final List<String> STAFF_TEMPLATES = List.of("assessment-waiting", "assessment-reminder");

    @Autowired ApplicationContext context;
    @Autowired OutboxTestSupport outbox;
    @Autowired StaffReminders reminders;
    @Autowired NotificationRepository notifications;
    @Autowired ProgrammeProperties programmes;
    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired TeamDigest digest;
    @Autowired NotificationProperties properties;
    private RecruitmentSteps steps;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        TestMailServer.get().purgeEmailFromAllMailboxes();
        steps = new RecruitmentSteps(context);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void applicationReceivedGivesAWorkingPrivateStatusLink() {
        String phase = steps.recruitingPhase(2);
        Person ada = person("Ada Ashdown");
        String reference = steps.apply(phase, ada);

        outbox.dispatch();

        ReceivedMail received = applicantMail(ada, "Your application " + reference + " has been received");
        String statusLink = PUBLIC_URL + "/status/" + steps.token(reference);
        assertThat(received.links()).contains(statusLink);
        assertThat(received.text()).contains(statusLink);
        for (String body : received.bodies()) {
            assertThat(body).contains("Dear " + ada.name() + ",", reference, PROPOSAL, "Recruitment Test Fellowship",
                    "Phase " + phase);
        }
        ResponseEntity<String> page = http.getForEntity(path(statusLink), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(reference, ApplicationStage.SUBMITTED.description());
    }

    @Test
    void ineligibleAndNotShortlistedApplicantsAreToldWhyKindly() {
        String phase = steps.recruitingPhase(2);
        Person ben = person("Ben Bramber");
        Person cara = person("Cara Crowborough");
        String ineligible = steps.apply(phase, ben);
        String lowScores = steps.apply(phase, cara);
        steps.screen(ineligible, false);
        steps.screen(lowScores, true);
        steps.shortlist(lowScores, 1);

        outbox.dispatch();

        ReceivedMail notEligible = applicantMail(ben,
                "Your application " + ineligible + ": the outcome of our eligibility check", cara);
        for (String body : notEligible.bodies()) {
            assertThat(body).contains("Dear " + ben.name() + ",", ineligible, "Not employed in KSS",
                    "does not meet the eligibility criteria");
        }
        ReceivedMail notShortlisted = applicantMail(cara,
                "Your application " + lowScores + ": the outcome of shortlisting", ben);
        for (String body : notShortlisted.bodies()) {
            assertThat(body).contains("Dear " + cara.name() + ",", lowScores, "not been shortlisted",
                    "apply again in a future phase").containsPattern("1\\.0(</strong>)? out of 5");
        }
        assertThat(ReceivedMail.to(ben.email())).hasSize(2);
        assertThat(ReceivedMail.to(cara.email())).hasSize(2);
    }

    @Test
    void interviewInvitationCarriesTheDetailsAndAParsableCalendarInvitation() throws Exception {
        String phase = steps.recruitingPhase(2);
        Person dev = person("Dev Ditchling");
        Person eve = person("Eve Eastbourne");
        String invited = steps.apply(phase, dev);
        String other = steps.apply(phase, eve);
        steps.screen(invited, true);
        steps.shortlist(invited, 4);
        steps.scheduleInterview(invited);

        outbox.dispatch();

        ReceivedMail invitation = applicantMail(dev, "Invitation to interview: your application " + invited, eve);
        LocalDate day = LocalDate.now().plusDays(3);
        for (String body : invitation.bodies()) {
            assertThat(body).contains("Dear " + dev.name() + ",", invited, DAY.format(day), "10:30",
                    "Room 2, Pentonville Road, or https://meet.example/x", "calendar invitation is attached");
        }
        assertThat(invitation.calendars()).hasSize(1);
        Calendar calendar = new CalendarBuilder().build(new StringReader(invitation.calendars().get(0)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        Temporal start = events.get(0).<Temporal>getStartDate().orElseThrow().getDate();
        assertThat(Instant.from(start)).isEqualTo(day.atTime(10, 30).atZone(programmes.timeZone()).toInstant());
        assertThat(invitation.calendars().get(0)).doesNotContain(dev.name(), dev.email());
        assertThat(invitation.links()).contains(PUBLIC_URL + "/status/" + steps.token(invited));
        assertThat(ReceivedMail.to(eve.email())).extracting(ReceivedMail::subject)
                .containsExactly("Your application " + other + " has been received");
    }

    @Test
    void notAppointableCandidatesGetTheirInterviewScoreAndAnyFeedback() {
        String phase = steps.recruitingPhase(2);
        Person finn = person("Finn Felpham");
        Person gail = person("Gail Goring");
        String plain = interviewed(phase, finn, 1, "DO_NOT_APPOINT");
        steps.confirmOutcome(plain);
        String overturned = interviewed(phase, gail, 4, "APPOINT");
        steps.complete(overturned, "Task_ConfirmOutcome", Map.of("confirmedOutcome", "NOT_APPOINTABLE",
                "overturnReason", "The project largely repeats a study already funded in Sussex."));

        outbox.dispatch();

        ReceivedMail finnsOutcome = applicantMail(finn,
                "Your application " + plain + ": the outcome of your interview", gail);
        for (String body : finnsOutcome.bodies()) {
            assertThat(body).contains("Dear " + finn.name() + ",", plain, "not able to offer you a fellowship")
                    .containsPattern("1\\.0(</strong>)? out of 5").doesNotContain("feedback");
        }
        ReceivedMail gailsOutcome = applicantMail(gail,
                "Your application " + overturned + ": the outcome of your interview", finn);
        for (String body : gailsOutcome.bodies()) {
            assertThat(body).contains("Dear " + gail.name() + ",", overturned, "feedback",
                    "The project largely repeats a study already funded in Sussex.")
                    .containsPattern("4\\.0(</strong>)? out of 5");
        }
    }

    /**
     * One post, three candidates: the first is offered it and accepts through the link in the offer, the second
     * waits on the reserve list, the third is still being screened when the post is filled.
     */
    @Test
    void offerLinkLeadsToTheAcceptFormAndThePhaseEndsWithAKindWordToEveryone() {
        String phase = steps.recruitingPhase(1);
        Person hana = person("Hana Hastings");
        Person ivan = person("Ivan Isfield");
        Person jo = person("Jo Jevington");
        String appointed = steps.offered(phase, hana);
        String reserve = steps.appointable(phase, ivan);
        steps.runJob(reserve, "Task_ReservePost");
        String screening = steps.apply(phase, jo);

        outbox.dispatch();

        ReceivedMail offer = applicantMail(hana, "We are offering you a fellowship: your application " + appointed,
                ivan, jo);
        String statusLink = PUBLIC_URL + "/status/" + steps.token(appointed);
        String lapsesOn = DAY.format(LocalDate.now().plusDays(14));
        assertThat(offer.links()).filteredOn(link -> link.contains("/status/")).hasSize(2).containsOnly(statusLink);
        assertThat(offer.html()).contains("Accept", "Decline");
        assertThat(offer.text()).contains("To accept the offer, open: " + statusLink,
                "To decline the offer, open: " + statusLink);
        for (String body : offer.bodies()) {
            assertThat(body).contains("Dear " + hana.name() + ",", appointed, lapsesOn)
                    .containsPattern("post\\s+(<strong>)?1(</strong>)?\\s+of");
        }
        ReceivedMail reserveList = applicantMail(ivan, "Your application " + reserve + ": you are on the reserve list",
                hana, jo);
        assertThat(reserveList.html()).contains("Dear " + ivan.name() + ",", reserve, "reserve list");
        assertThat(http.getForEntity(path(reserveList.links().stream().filter(link -> link.contains("/status/"))
                .findFirst().orElseThrow()), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        acceptThroughTheStatusPage(offer.links().get(0));
        assertThat(steps.stage(appointed)).isEqualTo(ApplicationStage.ACCEPTED);

        steps.preStartChecks(appointed, true);
        steps.runJob(appointed, "Task_FillPost");
        steps.runPhaseJob(phase, "Task_CheckPosts");
        steps.runPhaseJob(phase, "Event_StartDate");
        steps.runPhaseJob(phase, "Task_StartFellows");
        outbox.dispatch();

        ReceivedMail confirmed = applicantMail(hana, "Your fellowship is confirmed: application " + appointed, ivan,
                jo);
        for (String body : confirmed.bodies()) {
            assertThat(body).contains("Dear " + hana.name() + ",", "pre-start checks are complete",
                    DAY.format(LocalDate.now().plusDays(60)));
        }
        Matcher lead = Pattern.compile("Your lead integrated care system \\(ICS\\) is (Sussex|Kent and Medway)\\.")
                .matcher(confirmed.text());
        assertThat(lead.find()).as("the lead ICS in:%n%s", confirmed.text()).isTrue();
        String further = lead.group(1).equals("Sussex") ? "Kent and Medway" : "Sussex";
        assertThat(confirmed.text()).contains("Your project will also work with:\n- " + further);
        assertThat(confirmed.html()).containsPattern("<strong>" + lead.group(1) + "</strong>")
                .containsPattern("<li>" + further + "</li>");

        ReceivedMail closed = applicantMail(jo, "Your application " + screening + ": recruitment has closed", hana,
                ivan);
        for (String body : closed.bodies()) {
            assertThat(body).contains("Dear " + jo.name() + ",", screening, "Every post in this phase has now been filled",
                    "Thank you for your interest");
        }
        ReceivedMail reserveClosed = applicantMail(ivan,
                "Your application " + reserve + ": the reserve list has closed", hana, jo);
        for (String body : reserveClosed.bodies()) {
            assertThat(body).contains("Dear " + ivan.name() + ",", reserve, "the reserve list has closed");
        }
        assertThat(ReceivedMail.to(hana.email())).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Your application " + appointed + " has been received",
                "Invitation to interview: your application " + appointed, offer.subject(), confirmed.subject());
        assertThat(ReceivedMail.to(ivan.email())).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Your application " + reserve + " has been received",
                "Invitation to interview: your application " + reserve, reserveList.subject(),
                reserveClosed.subject());
        assertThat(ReceivedMail.to(jo.email())).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Your application " + screening + " has been received", closed.subject());
    }

    @Test
    void unansweredOfferIsRemindedWithTwoDaysLeftThenLapses() throws Exception {
        String phase = steps.recruitingPhase(1);
        Person kim = person("Kim Keymer");
        String reference = steps.offered(phase, kim);
        String lapsesOn = DAY.format(LocalDate.now().plusDays(14));
        outbox.dispatch();
        TestMailServer.get().purgeEmailFromAllMailboxes();

        steps.runJob(reference, "Event_OfferReminderDue");
        outbox.dispatch();

        ReceivedMail reminder = applicantMail(kim,
                "Reminder: two days left to answer your fellowship offer (" + reference + ")");
        String statusLink = PUBLIC_URL + "/status/" + steps.token(reference);
        for (String body : reminder.bodies()) {
            assertThat(body).contains("Dear " + kim.name() + ",", "two days left", lapsesOn, statusLink);
        }
        assertThat(reminder.links()).contains(statusLink);
        ResponseEntity<String> page = http.getForEntity(path(statusLink), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Accept the offer", lapsesOn);

        steps.runJob(reference, "Event_OfferLapsed");
        steps.runJob(reference, "Task_ReleasePost");
        outbox.dispatch();

        ReceivedMail lapsed = applicantMail(kim, "Your fellowship offer (" + reference + ") has lapsed");
        for (String body : lapsed.bodies()) {
            assertThat(body).contains("Dear " + kim.name() + ",", lapsesOn, "has lapsed");
        }
    }

    @Test
    void panelMembersHearOfWaitingAndOverdueAssessmentsWithoutTheApplicantsPersonalData() {
        String phase = steps.recruitingPhase(2);
        Person lena = person("Lena Lewes");
        String reference = steps.apply(phase, lena);
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(6))));
        try {
            steps.screen(reference, true);
        } finally {
            ClockUtil.reset();
        }
        reminders.remindOverdueAssessments();

        outbox.dispatch();

        List<String> tasklistLinks = new ArrayList<>();
        PANEL.forEach((user, firstName) -> {
            String address = user + "@fellowflow.example";
            ReceivedMail waiting = staffMail(address,
                    "An assessment is waiting: " + reference + " \"" + PROPOSAL + "\"", lena);
            ReceivedMail overdue = staffMail(address,
                    "Reminder: your assessment of " + reference + " \"" + PROPOSAL + "\" is overdue", lena);
            for (ReceivedMail mail : List.of(waiting, overdue)) {
                for (String body : mail.bodies()) {
                    assertThat(body).contains("Dear " + firstName + ",", reference, PROPOSAL, "Phase " + phase,
                            "Tasklist", PUBLIC_URL + "/camunda/app/tasklist/");
                }
                tasklistLinks.addAll(mail.links().stream().filter(link -> link.contains("/tasklist")).toList());
            }
            assertThat(overdue.text()).contains("overdue");
        });
        assertThat(tasklistLinks).hasSize(6).containsOnly(PUBLIC_URL + "/camunda/app/tasklist/");
        assertThat(http.getForEntity(path(tasklistLinks.get(0)), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(ReceivedMail.to(lena.email())).extracting(ReceivedMail::subject)
                .containsExactly("Your application " + reference + " has been received");
    }

    @Test
    void teamDigestListsTheRecruitersTasksWaitingLongerThanTheThreshold() {
        String phase = steps.recruitingPhase(2);
        Person mia = person("Mia Mayfield");
        String reference;
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(5)).minus(Duration.ofHours(1))));
        try {
            reference = steps.apply(phase, mia);
        } finally {
            ClockUtil.reset();
        }
        // The digest goes once a day (its event key is the date): forget any sent today by another test.
        notifications.deleteAll(notifications.findAll().stream()
                .filter(row -> row.eventKey().startsWith("recruiter-digest:")).toList());

        reminders.sendDailyDigest();
        outbox.dispatch();

        ReceivedMail digest = staffMail(TEAM, "Recruiters' tasks waiting more than 3 days", mia);
        assertThat(digest.text()).contains("Dear programme team,", "- " + reference + ": Screen eligibility (5 days)");
        assertThat(digest.html()).containsPattern(Pattern.quote(reference)
                + "</td>\\s*<td[^>]*>Screen eligibility</td>\\s*<td[^>]*>5</td>").contains("<th scope=\"col\"");
    }

    @Test
    void applicantsNameIsEscapedInTheHtmlPart() {
        String phase = steps.recruitingPhase(2);
        Person attacker = new Person("<script>alert(1)</script>", "script." + people.incrementAndGet() + "@example.org");
        String reference = steps.apply(phase, attacker);

        outbox.dispatch();

        ReceivedMail received = only(attacker.email(), "Your application " + reference + " has been received");
        assertThat(received.html()).contains("Dear &lt;script&gt;alert(1)&lt;/script&gt;,")
                .doesNotContainIgnoringCase("<script");
        // The plain-text part is not markup: the name is shown as written.
        assertThat(received.text()).contains("Dear <script>alert(1)</script>,");
    }

    @Test
    void proposalTitleWithALineBreakCannotAddAHeader() {
        String phase = steps.recruitingPhase(2);
        Person nia = person("Nia Newhaven");
        String title = PROPOSAL + "\r\nBcc: x@evil.example";
        String reference = steps.apply(phase, nia, title);
        steps.screen(reference, true);

        outbox.dispatch();

        ReceivedMail waiting = staffMail("panel1@fellowflow.example",
                "An assessment is waiting: " + reference + " \"" + PROPOSAL + " Bcc: x@evil.example\"", nia);
        assertThat(waiting.subject()).doesNotContain("\r", "\n");
        assertThat(waiting.rawHeaders()).containsPattern("(?m)^Subject: ").doesNotContainPattern("(?im)^bcc:");
        List<ReceivedMail> all = ReceivedMail.all();
        assertThat(all).extracting(ReceivedMail::subject).contains("Your application " + reference + " has been received");
        assertThat(all).allSatisfy(mail -> {
            assertThat(mail.rawHeaders()).doesNotContainPattern("(?im)^bcc:");
            assertThat(mail.to()).doesNotContain("x@evil.example");
        });
        assertThat(TestMailServer.get().getReceivedMessagesForDomain("evil.example")).isEmpty();
    }

    /** Every fact but the reference and phase may be missing (and, for staff, the application itself). */
    @Test
    void everyTemplateHasBothPartsAndRendersWhenTheFactsThatMayBeMissingAreMissing() {
        for (String template : concat(APPLICANT_TEMPLATES, STAFF_TEMPLATES, List.of("recruiter-digest"))) {
            assertThat(new ClassPathResource("templates/mail/" + template + ".html").exists()).as(template).isTrue();
            assertThat(new ClassPathResource("templates/mail/" + template + ".txt").exists()).as(template).isTrue();
        }
        Map<String, Object> facts = new HashMap<>();
        facts.put("reference", "HIF-SUS-0007");
        facts.put("phaseName", "Sussex");
        facts.put("interviewStart", LocalDateTime.now().plusDays(3));
        facts.put("zone", ZoneId.of("Europe/London"));
        ApplicantDirectory sparse = reference -> "HIF-SUS-0007".equals(reference)
                ? Optional.of(new ApplicantDirectory.Applicant("Ada", "ada@example.org", facts))
                : Optional.empty();
        MailComposer composer = new MailComposer(sparse, identity, digest, properties, Clock.systemDefaultZone());

        for (String template : APPLICANT_TEMPLATES) {
            ComposedMail mail = composer.compose(new Notification("sparse:" + template, template,
                    Notification.RecipientKind.APPLICANT, "HIF-SUS-0007", "HIF-SUS-0007", Instant.now()));
            assertThat(mail.to()).isEqualTo("ada@example.org");
            assertThat(mail.subject()).as(template).contains("HIF-SUS-0007").doesNotContain("null");
            for (String body : List.of(mail.html(), mail.text())) {
                assertThat(body).as(template).contains("Dear Ada,", SIGNATURE, CONTACT).doesNotContain("null");
            }
        }
        for (String template : STAFF_TEMPLATES) {
            ComposedMail mail = composer.compose(new Notification("sparse:" + template, template,
                    Notification.RecipientKind.STAFF, "panel1", "GONE-0001", Instant.now()));
            assertThat(mail.to()).isEqualTo("panel1@fellowflow.example");
            assertThat(mail.subject()).as(template).isNotBlank().doesNotContain("null");
            for (String body : List.of(mail.html(), mail.text())) {
                assertThat(body).as(template).contains("Dear Priya,", SIGNATURE).doesNotContain("null");
            }
        }
    }

    // --- steps ---

    private String interviewed(String phase, Person person, int score, String recommendation) {
        String reference = steps.apply(phase, person);
        steps.screen(reference, true);
        steps.shortlist(reference, 4);
        steps.scheduleInterview(reference);
        steps.interview(reference, score, recommendation);
        return reference;
    }

    /** Opens the status page from the link and sends its Accept form, as the candidate's browser would. */
    private void acceptThroughTheStatusPage(String link) {
        ResponseEntity<String> page = http.getForEntity(path(link), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher accept = Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"[^>]*>\\s*"
                + "<input type=\"hidden\" name=\"accept\" value=\"true\">").matcher(page.getBody());
        assertThat(accept.find()).as("an Accept form on the status page:%n%s", page.getBody()).isTrue();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("accept", "true");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> answered = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .postForEntity(HtmlUtils.htmlUnescape(accept.group(1)), new HttpEntity<>(form, headers), String.class);
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
    }

    // --- mail ---

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** A new applicant, with an address no other test uses. */
    private static Person person(String name) {
        return new Person(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + people.incrementAndGet()
                + "@example.org");
    }

    /** The one message with the subject to the applicant, well formed, signed, and free of the others' data. */
    private static ReceivedMail applicantMail(Person applicant, String subject, Person... others) {
        ReceivedMail mail = only(applicant.email(), subject);
        assertWellFormed(mail);
        for (String body : mail.bodies()) {
            assertThat(body).contains(applicant.name());
        }
        assertNothingOf(mail, others);
        return mail;
    }

    /** The one message with the subject to a member of staff (or the team): it never names the applicant. */
    private static ReceivedMail staffMail(String address, String subject, Person applicant) {
        ReceivedMail mail = only(address, subject);
        assertWellFormed(mail);
        assertNothingOf(mail, applicant);
        return mail;
    }

    private static ReceivedMail only(String address, String subject) {
        List<ReceivedMail> toThem = ReceivedMail.to(address);
        List<ReceivedMail> matching = toThem.stream().filter(mail -> subject.equals(mail.subject())).toList();
        assertThat(matching).as("messages to %s with the subject \"%s\" (all their subjects: %s)", address, subject,
                toThem.stream().map(ReceivedMail::subject).toList()).hasSize(1);
        ReceivedMail mail = matching.get(0);
        assertThat(mail.to()).containsExactly(address);
        assertThat(mail.htmlParts()).as("HTML parts").hasSize(1);
        assertThat(mail.textParts()).as("plain-text parts").hasSize(1);
        return mail;
    }

    private static void assertWellFormed(ReceivedMail mail) {
        assertThat(mail.html()).contains("<html lang=\"en-GB\">", "<title>", SIGNATURE, "mailto:" + CONTACT)
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase(" src=")
                .doesNotContainPattern("\\sth:[a-z]+=").doesNotContain("null");
        assertThat(mail.text()).contains(SIGNATURE, CONTACT).doesNotContain("<p>", "[[", "[(", "null");
    }

    private static void assertNothingOf(ReceivedMail mail, Person... others) {
        for (Person other : others) {
            for (String body : mail.bodies()) {
                assertThat(body).as("\"%s\" must not name %s", mail.subject(), other.name())
                        .doesNotContainPattern("\\b" + Pattern.quote(other.name()) + "\\b")
                        .doesNotContainIgnoringCase(other.email());
            }
            assertThat(mail.subject()).doesNotContain(other.name(), other.email());
        }
    }

    /** A link's path: the test server listens on a random port, not on the public URL's. */
    private static String path(String link) {
        assertThat(link).startsWith(PUBLIC_URL + "/");
        return link.substring(PUBLIC_URL.length());
    }
}
