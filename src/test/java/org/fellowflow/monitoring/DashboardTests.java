package org.fellowflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fellowflow.monitoring.DashboardTestData.times;
import static org.fellowflow.recruitment.ApplicationStage.APPOINTED;
import static org.fellowflow.recruitment.ApplicationStage.INTERVIEWED;
import static org.fellowflow.recruitment.ApplicationStage.NOT_APPOINTABLE;
import static org.fellowflow.recruitment.ApplicationStage.NOT_SHORTLISTED;
import static org.fellowflow.recruitment.ApplicationStage.SCREENED_OUT;
import static org.fellowflow.recruitment.ApplicationStage.SUBMITTED;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.fellowflow.FellowflowTest;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The admins' dashboard page, its CSV downloads and the fairness API: who may see them and what they show. */
@FellowflowTest
class DashboardTests {

    private static final String ASIAN = "Asian or Asian British";
    private static final String BLACK = "Black, Black British, Caribbean or African";

    @Autowired TestRestTemplate http;
    @Autowired RecruitmentDriver driver;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;

    @Test
    void adminSeesTheTimelineWithEveryPhaseInLaunchOrder() throws Exception {
        LocalDate today = LocalDate.now();
        String later = driver.plannedPhase(1, today.plusDays(40));
        String earliest = driver.plannedPhase(1, today.minusDays(300));
        String soon = driver.plannedPhase(1, today.plusDays(10));

        ResponseEntity<String> page = admin().getForEntity("/admin/dashboard", String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        Document svg = svg(page.getBody(), TimelineSvg.ID);
        List<String> drawn = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("timeline-phase")) {
                drawn.add(group.getAttribute("data-phase"));
            }
        }
        List<String> api = StreamSupport.stream(admin().getForObject("/api/phases", JsonNode.class).spliterator(),
                false).map(phase -> phase.get("key").asText()).toList();
        assertThat(drawn).as("every phase, in the progress API's launch-date order").isEqualTo(api);
        assertThat(drawn).containsSubsequence(earliest, soon, later);
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("timeline-title timeline-desc");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .contains("Phase " + earliest + " (Recruitment Test Fellowship, PLANNED): recruitment from",
                        "Today is");
        assertThat(page.getBody()).contains("class=\"timeline-today\"", "<caption id=\"phases-caption\">",
                "<th scope=\"col\">Phase</th>", "id=\"ics-chart\"");
        svg(page.getBody(), IcsChartSvg.ID);
    }

    @Test
    void onlyAdminsMayOpenTheDashboardItsDownloadsAndTheFairnessApi() {
        for (String path : List.of("/admin/dashboard", "/admin/dashboard/phases.csv", "/api/admin/fairness")) {
            assertThat(http.getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(http.withBasicAuth("recruiter", "demo").getForEntity(path, String.class).getStatusCode()
                    .value()).as(path).isEqualTo(403);
            assertThat(admin().getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(200);
        }
    }

    @Test
    void eachTableDownloadsAsCsv() {
        driver.recruitingPhase(2);
        for (String table : DashboardTables.NAMES) {
            ResponseEntity<byte[]> csv = admin().getForEntity("/admin/dashboard/" + table + ".csv", byte[].class);
            assertThat(csv.getStatusCode().value()).as(table).isEqualTo(200);
            assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).as(table)
                    .isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
            assertThat(csv.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
            assertThat(csv.getHeaders().getContentDisposition().getFilename())
                    .isEqualTo("fellowflow-" + table + "-" + LocalDate.now() + ".csv");
            String body = new String(csv.getBody(), StandardCharsets.UTF_8);
            assertThat(body).as(table).endsWith("\r\n").startsWith("\"");
        }
        assertThat(new String(admin().getForObject("/admin/dashboard/phases.csv", byte[].class),
                StandardCharsets.UTF_8)).startsWith("\"Phase key\",\"Phase\",\"Programme\",\"Status\"");
        assertThat(admin().getForEntity("/admin/dashboard/secrets.csv", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aGroupOfFewerThanFiveIsSuppressedOnThePageInTheApiAndInTheCsv() {
        String phase = driver.recruitingPhase(1);
        List<DashboardTestData.Applicant> applicants = new ArrayList<>();
        applicants.addAll(times(6, "White", APPOINTED));
        applicants.addAll(times(2, "White", INTERVIEWED));
        applicants.addAll(times(2, "White", NOT_SHORTLISTED));
        applicants.addAll(times(3, ASIAN, APPOINTED));
        applicants.addAll(times(5, BLACK, APPOINTED));
        applicants.addAll(times(1, BLACK, NOT_APPOINTABLE));
        applicants.addAll(times(1, BLACK, SUBMITTED));
        applicants.addAll(times(2, null, SUBMITTED));
        applicants.addAll(times(4, "Prefer not to say", SCREENED_OUT));
        DashboardTestData.insert(jdbc, phase, 5000, applicants);
        try {
            JsonNode api = admin().getForObject("/api/admin/fairness?phase=" + phase, JsonNode.class);
            assertThat(api.get("phase").asText()).isEqualTo(phase);
            assertThat(api.get("suppressedBelow").asInt()).isEqualTo(5);
            JsonNode asian = group(api, ASIAN);
            assertThat(asian.get("suppressed").asBoolean()).isTrue();
            for (String figure : List.of("applicants", "shortlisted", "appointed", "likelihood",
                    "relativeLikelihood")) {
                assertThat(asian.get(figure).isNull()).as(figure).isTrue();
            }
            assertThat(asian.get("suppressedFigures")).extracting(JsonNode::asText).containsExactly("applicants",
                    "shortlisted", "appointed", "likelihood", "relativeLikelihood");
            JsonNode white = group(api, "White");
            assertThat(white.get("suppressed").asBoolean()).isFalse();
            assertThat(white.get("shortlisted").asLong()).isEqualTo(8);
            assertThat(white.get("appointed").asLong()).isEqualTo(6);
            assertThat(white.get("likelihood").asDouble()).isEqualTo(0.75);
            JsonNode black = group(api, BLACK);
            assertThat(black.get("applicants").asLong()).isEqualTo(7);
            assertThat(black.get("relativeLikelihood").asDouble()).isCloseTo(0.9, within());
            JsonNode notStated = group(api, "Not stated");
            assertThat(notStated.get("applicants").asLong()).isEqualTo(6);
            assertThat(notStated.get("shortlisted").isNull()).isTrue();
            JsonNode bme = api.get("blackAndMinorityEthnic");
            assertThat(bme.get("shortlisted").asLong()).as("9 shortlisted, 3 of them in a suppressed group")
                    .isEqualTo(9);
            assertThat(bme.get("relativeLikelihood").asDouble()).isCloseTo(0.84375, within());

            String page = admin().getForObject("/admin/dashboard?phase=" + phase, String.class);
            String asianRow = row(page, ASIAN);
            assertThat(asianRow.split("class=\"suppressed\">suppressed<", -1)).as(asianRow).hasSize(6);
            assertThat(asianRow.replace(ASIAN, "")).doesNotContainPattern("[0-9]");
            assertThat(row(page, BLACK)).contains(">0.90<");
            assertThat(row(page, FairnessQueries.BME)).contains(">0.84<", ">9<");
            assertThat(page).contains("Appointment from shortlisting by ethnic group, Phase " + phase + "</caption>",
                    "<option value=\"" + phase + "\" selected=\"selected\">");

            String csv = new String(admin().getForObject("/admin/dashboard/fairness.csv?phase=" + phase,
                    byte[].class), StandardCharsets.UTF_8);
            assertThat(csv.split("\r\n")).contains(
                    "\"" + phase + "\",\"" + ASIAN + "\",\"suppressed\",\"suppressed\",\"suppressed\",\"suppressed\","
                            + "\"suppressed\"",
                    "\"" + phase + "\",\"White\",\"10\",\"8\",\"6\",\"0.75\",\"reference group\"",
                    "\"" + phase + "\",\"" + BLACK + "\",\"7\",\"6\",\"5\",\"0.83\",\"0.90\"",
                    "\"" + phase + "\",\"Not stated\",\"6\",\"suppressed\",\"suppressed\",\"suppressed\","
                            + "\"suppressed\"");

            assertThat(admin().getForEntity("/api/admin/fairness?phase=NO-SUCH-PHASE", String.class)
                    .getStatusCode().value()).isEqualTo(404);
            assertThat(admin().getForObject("/api/admin/fairness", JsonNode.class).get("phase").isNull()).isTrue();
        } finally {
            DashboardTestData.delete(jdbc, List.of(phase));
        }
    }

    @Test
    void stuckTasksLinkIntoTasklistAndIncidentsIntoCockpit() {
        String phase = driver.recruitingPhase(1);
        String reference = driver.apply(phase);
        Task screening = driver.tasks(reference, "Task_ScreenEligibility").get(0);
        Timestamp created = jdbc.queryForObject("select CREATE_TIME_ from ACT_RU_TASK where ID_ = ?", Timestamp.class,
                screening.getId());
        jdbc.update("update ACT_RU_TASK set CREATE_TIME_ = ? where ID_ = ?",
                Timestamp.from(Instant.now().minus(9, ChronoUnit.DAYS)), screening.getId());
        Incident incident = runtime.createIncident("dashboardTest", screening.getProcessInstanceId(), "test",
                "Something <odd> happened");
        try {
            String page = admin().getForObject("/admin/dashboard", String.class);

            assertThat(page).contains("href=\"/camunda/app/tasklist/default/#/?task=" + screening.getId() + "\"",
                    "href=\"/camunda/app/cockpit/default/#/incident?id=" + incident.getId() + "\"",
                    "Something &lt;odd&gt; happened", "nobody (unclaimed)");
            JsonNode progress = admin().getForObject("/api/phases/" + phase, JsonNode.class);
            assertThat(progress.get("tasksWaiting")).hasSize(1);
        } finally {
            runtime.resolveIncident(incident.getId());
            jdbc.update("update ACT_RU_TASK set CREATE_TIME_ = ? where ID_ = ?", created, screening.getId());
        }
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", "admin");
    }

    private static JsonNode group(JsonNode fairness, String name) {
        for (JsonNode group : fairness.get("groups")) {
            if (group.get("group").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("No group " + name + " in " + fairness);
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-9);
    }

    /** The fairness table's row for a group, as HTML. */
    private static String row(String page, String group) {
        Matcher row = Pattern.compile("<tr[^>]*data-group=\"" + Pattern.quote(htmlEscaped(group)) + "\".*?</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row for " + group).isTrue();
        return row.group();
    }

    private static String htmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;");
    }

    /** The inline SVG element with the id, parsed as XML: it must be well-formed. */
    static Document svg(String page, String id) throws Exception {
        int start = page.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "\"");
        assertThat(start).as("an inline SVG " + id).isNotNegative();
        String svg = page.substring(start, page.indexOf("</svg>", start) + "</svg>".length());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
