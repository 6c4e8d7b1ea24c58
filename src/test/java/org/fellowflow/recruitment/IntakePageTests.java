package org.fellowflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fellowflow.FellowflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The intake page: the form, a successful submission, and a refused one coming back filled in. */
@FellowflowTest
class IntakePageTests {

    @Autowired TestRestTemplate http;
    @Autowired RecruitmentDriver driver;
    @Autowired JdbcTemplate jdbc;

    @Test
    void formListsTheCriteriaAndIcss() {
        String phase = driver.recruitingPhase(2);

        ResponseEntity<String> page = http.getForEntity("/apply/{phase}", String.class, phase);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("lang=\"en-GB\"", "Phase " + phase,
                "name=\"statements[Proposal]\"", "A feasible project.",
                "name=\"statements[Collaboration]\"", "Works with others.",
                "Kent and Medway", "Sussex", "Surrey Heartlands", "Frimley", "value=\"SURREY_HEARTLANDS\"",
                "<label class=\"label\" for=\"name\">", "autocomplete=\"email\"", "autocomplete=\"tel\"",
                "Disability Confident", "Equality monitoring (optional)", "Black, Black British, Caribbean or African",
                "65+", "3,000 characters")
                .doesNotContain("There is a problem");
    }

    @Test
    void completeFormSubmitsTheApplication() {
        String phase = driver.recruitingPhase(2);
        MultiValueMap<String, String> form = complete("Alex Smith", "alex.page@example.org");
        form.set("ageBand", "25-34");

        ResponseEntity<String> page = http.postForEntity("/apply/{phase}", post(form), String.class, phase);

        assertThat(page.getStatusCode()).isIn(HttpStatus.OK, HttpStatus.CREATED);
        Matcher reference = Pattern.compile(Pattern.quote(phase) + "-\\d{4}").matcher(page.getBody());
        assertThat(reference.find()).as("a reference on the page").isTrue();
        assertThat(driver.stage(reference.group())).isEqualTo(ApplicationStage.SUBMITTED);
        assertThat(page.getBody()).contains("Application received", "Alex Smith",
                "/status/" + driver.token(reference.group()));
        // "—" means not answered: nothing is stored for it.
        assertThat(jdbc.queryForMap("select e.age_band, e.sex from equality_answers e join application a"
                + " on a.id = e.application_id where a.reference = ?", reference.group()))
                .containsEntry("AGE_BAND", "25-34").containsEntry("SEX", null);
    }

    @Test
    void refusedFormComesBackWithTheProblemsAndWhatWasTyped() {
        String phase = driver.recruitingPhase(2);
        MultiValueMap<String, String> form = complete("", "not-an-email");
        form.set("statements[Collaboration]", "");

        ResponseEntity<String> page = http.postForEntity("/apply/{phase}", post(form), String.class, phase);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("<title>Error: ", "There is a problem",
                "<a href=\"#name\">Enter your full name</a>",
                "<a href=\"#email\">Email address must be in the correct format, like name@example.com</a>",
                "<a href=\"#statement-1\">Enter your statement on Collaboration</a>",
                "id=\"name-error\"", "aria-describedby=\"name-error\"",
                "id=\"email-error\"", "aria-describedby=\"email-hint email-error\"",
                "value=\"not-an-email\"", "value=\"NHS Sussex\"", "My statement on the proposal.",
                "value=\"SUSSEX\" selected=\"selected\"", "value=\"KENT_MEDWAY\" checked=\"checked\"")
                .doesNotContain("#employer");
    }

    @Test
    void missingNameAndEmailAreBothNamed() {
        String phase = driver.recruitingPhase(2);
        MultiValueMap<String, String> form = complete("", "");
        form.remove("consent");

        ResponseEntity<String> page = http.postForEntity("/apply/{phase}", post(form), String.class, phase);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("<a href=\"#name\">Enter your full name</a>",
                "<a href=\"#email\">Enter your email address</a>", "<a href=\"#consent\">")
                .containsSubsequence("#name", "#email", "#consent");
    }

    @Test
    void nameIsEscapedOnTheConfirmationPage() {
        String phase = driver.recruitingPhase(2);

        String page = http.postForObject("/apply/{phase}",
                post(complete("<script>alert('x')</script> Smith", "script.page@example.org")), String.class, phase);

        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Smith")
                .doesNotContain("<script>");
    }

    @Test
    void secondApplicationFromTheSameEmailNamesTheFirst() {
        String phase = driver.recruitingPhase(2);
        http.postForObject("/apply/{phase}", post(complete("Sam Jones", "sam.page@example.org")), String.class,
                phase);

        ResponseEntity<String> again = http.postForEntity("/apply/{phase}",
                post(complete("Sam Jones", "Sam.Page@example.org")), String.class, phase);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("You have already applied", phase + "-0001");
    }

    @Test
    void unknownPhaseIsNotFound() {
        ResponseEntity<String> form = http.getForEntity("/apply/{phase}", String.class, "NO-SUCH-PHASE");
        ResponseEntity<String> submitted = http.postForEntity("/apply/{phase}",
                post(complete("Alex Smith", "alex@example.org")), String.class, "NO-SUCH-PHASE");

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(form.getBody()).contains("Page not found");
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static MultiValueMap<String, String> complete(String name, String email) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("email", email);
        form.add("phone", "");
        form.add("employer", "NHS Sussex");
        form.add("role", "Service improvement lead");
        form.add("homeIcs", "SUSSEX");
        form.add("projectIcss", "SUSSEX");
        form.add("projectIcss", "KENT_MEDWAY");
        form.add("proposalTitle", "Reducing missed appointments");
        form.add("proposalSummary", "A project to reduce missed appointments.");
        form.add("statements[Proposal]", "My statement on the proposal.");
        form.add("statements[Collaboration]", "My statement on collaboration.");
        form.add("consent", "yes");
        form.add("ageBand", "");
        form.add("sex", "");
        form.add("ethnicity", "");
        form.add("disability", "");
        return form;
    }

    private static HttpEntity<MultiValueMap<String, String>> post(MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new HttpEntity<>(form, headers);
    }
}
