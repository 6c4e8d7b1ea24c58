package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.fellowflow.programme.PhaseDetails;
import org.fellowflow.programme.PhaseRegistry;
import org.fellowflow.programme.PostState;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Camunda 7's clustering model, for real: two Fellowflow nodes (the production profile, job executors on, each
 * on its own port) on one PostgreSQL database, sending mail to one SMTP server (GreenMail). Clients apply
 * through both nodes at once and staff complete tasks through both nodes' REST APIs; the nodes' job executors
 * share the jobs. Then one node dies mid-run and the other finishes its work once the dead node's job locks
 * expire, and a node that is stopped properly hands its jobs back at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String ADMIN_PASSWORD = "cluster-admin-password";
    /** Short, so that the node-loss test waits seconds, not the production profile's two minutes. */
    private static final Duration LOCK_TIME = Duration.ofSeconds(15);
    private static final String PROCESS = "FellowshipApplicationProcess";
    private static final ObjectMapper json = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private String database;
    private RunningNode node1;
    private RunningNode node2;
    private final ExecutorService clients = Executors.newFixedThreadPool(20);

    @BeforeAll
    void startTwoNodesOnOneDatabase() {
        database = EmbeddedPostgresDatabase.createDatabase();
        TestMailServer.get();
        // One after the other, as docker-compose.yml starts them: the first builds the schema.
        node1 = startNode("node1");
        node2 = startNode("node2");
    }

    @AfterAll
    void stopNodes() {
        clients.shutdownNow();
        for (RunningNode node : new RunningNode[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void twoHundredApplicationsThroughBothNodesEachEndExactlyOnceWithNoPostOverfilledAndEachMailSentOnce()
            throws Exception {
        TestMailServer.get().purgeEmailFromAllMailboxes();
        String phase = recruitingPhase(2);
        RunningNode[] nodes = {node1, node2};

        List<Applicant> applicants = submit(phase, "cluster", 200, i -> nodes[i % 2]);
        awaitScreeningTasks(phase, applicants.size());
        Map<String, List<String>> acknowledged = awaitMail(applicants, 1);
        assertThat(applicants).as("one acknowledgement each").allSatisfy(applicant -> assertThat(
                acknowledged.get(applicant.email())).containsExactly(acknowledgement(applicant)));

        List<Applicant> eligible = applicants.subList(0, 10);
        List<Applicant> ineligible = applicants.subList(10, applicants.size());
        inParallel(ineligible, (i, applicant) -> screen(nodes[i % 2], applicant, false));
        inParallel(eligible, (i, applicant) -> {
            RunningNode node = nodes[i % 2];
            screen(node, applicant, true);
            toAppointableOutcome(node, applicant);
        });

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(stages(eligible))
                .containsOnlyKeys("OFFERED", "RESERVE").containsEntry("OFFERED", 2L).containsEntry("RESERVE", 8L));
        List<Applicant> offered = eligible.stream().filter(a -> stage(a).equals("OFFERED")).toList();
        inParallel(offered, (i, applicant) -> appoint(nodes[(i + 1) % 2], applicant));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                node1.get("/api/phases/" + phase, true).path("status").asText()).isEqualTo("FILLED"));
        // The fellows' start date comes: the reserve list closes and the reserve candidates' processes end.
        runTimer(node2, node2.engineRest("/process-instance?processDefinitionKey=FellowshipPhaseProcess&businessKey="
                + phase).get(0).get("id").asText(), "Event_StartDate");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(count(node1,
                "/history/process-instance/count?processDefinitionKey=" + PROCESS + "&finished=true"
                        + "&processInstanceBusinessKeyLike=" + phase + "-%25")).isEqualTo(200));
        JsonNode processes = node1.engineRest("/history/process-instance?processDefinitionKey=" + PROCESS
                + "&processInstanceBusinessKeyLike=" + phase + "-%25&maxResults=1000");
        assertThat(StreamSupport.stream(processes.spliterator(), false).map(p -> p.get("businessKey").asText()))
                .as("one process per application, ended once").hasSize(200).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(applicants.stream().map(Applicant::reference).toList());
        assertThat(endEvents(phase)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "EndEvent_Unsuccessful", 190L, "EndEvent_Appointed", 2L, "EndEvent_NotAppointed", 8L));

        PhaseDetails posts = node2.bean(PhaseRegistry.class).phase(phase);
        assertThat(posts.posts()).extracting(PhaseDetails.PostDetails::state).containsOnly(PostState.FILLED);
        assertThat(posts.posts()).extracting(PhaseDetails.PostDetails::heldFor)
                .containsExactlyInAnyOrderElementsOf(offered.stream().map(Applicant::reference).toList());

        assertThat(count(node1, "/history/job-log/count?successLog=true&hostname=node1")).as("jobs run by node1")
                .isGreaterThan(20);
        assertThat(count(node1, "/history/job-log/count?successLog=true&hostname=node2")).as("jobs run by node2")
                .isGreaterThan(20);

        Map<String, List<String>> mail = awaitMail(ineligible, 2);
        assertThat(mail).as("acknowledged once, told the screening outcome once").hasSize(190)
                .allSatisfy((to, subjects) -> assertThat(subjects).hasSize(2).doesNotHaveDuplicates());
        // Acknowledged, invited, offered or put on the reserve list, then appointed or told the list has closed.
        assertThat(awaitMail(eligible, 4)).as("no message twice to the candidates who went further")
                .allSatisfy((to, subjects) -> assertThat(subjects).doesNotHaveDuplicates().hasSize(4));
    }

    @Test
    @Order(2)
    void whenANodeDiesMidRunTheOtherFinishesItsJobsOnceTheirLocksExpireAndLosesNothing() throws Exception {
        TestMailServer.get().purgeEmailFromAllMailboxes();
        String phase = recruitingPhase(1);
        String deadOwner = node2.lockOwner();

        List<LockedJob> orphaned;
        Future<List<Applicant>> submitting;
        try (OutboxLock outbox = new OutboxLock()) {
            // The acknowledgements stall writing to the outbox, so node2 surely holds jobs when it dies.
            submitting = clients.submit(() -> submit(phase, "loss", 120, i -> i % 2 == 0 ? node1 : node2));
            awaitLocksHeldBy(deadOwner, "node2 takes some of the work before it dies (a job a thread)");
            node2.die();
            orphaned = lockedBy(deadOwner);
        }
        assertThat(orphaned).as("the dead node's locks are still in the database").isNotEmpty();
        Instant died = Instant.now();
        List<Applicant> applicants = submitting.get();

        awaitScreeningTasks(phase, applicants.size(), LOCK_TIME.plusSeconds(90));
        System.out.printf("Node loss: node2 died holding %d job locks; node1 finished all %d applications %d ms later%n",
                orphaned.size(), applicants.size(), Duration.between(died, Instant.now()).toMillis());
        for (LockedJob job : orphaned) {
            JsonNode log = node1.engineRest("/history/job-log?successLog=true&jobId=" + job.id());
            assertThat(log).as("the dead node's job " + job.id() + " ran once, on node1").hasSize(1);
            assertThat(log.get(0).get("hostname").asText()).isEqualTo("node1");
            assertThat(TIMESTAMP.parse(log.get(0).get("timestamp").asText(), Instant::from))
                    .as("not before the dead node's lock expired").isAfterOrEqualTo(job.lockExpires());
        }

        Map<String, List<String>> acknowledged = awaitMail(applicants, 1);
        long resent = acknowledged.values().stream().mapToLong(subjects -> subjects.size() - 1).sum();
        assertThat(resent).as("at most the one message the dead node was sending (the documented window)")
                .isLessThanOrEqualTo(1);

        inParallel(applicants, (i, applicant) -> screen(node1, applicant, false));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(count(node1,
                "/history/process-instance/count?processDefinitionKey=" + PROCESS + "&finished=true"
                        + "&processInstanceBusinessKeyLike=" + phase + "-%25")).isEqualTo(120));
        assertThat(count(node1, "/history/process-instance/count?processDefinitionKey=" + PROCESS
                + "&processInstanceBusinessKeyLike=" + phase + "-%25")).as("nothing started twice").isEqualTo(120);
        assertThat(awaitMail(applicants, 2)).allSatisfy((to, subjects) ->
                assertThat(subjects.stream().distinct()).as("both messages, to " + to).hasSize(2));
    }

    @Test
    @Order(3)
    void aNodeStoppedProperlyFinishesItsRunningJobsAndHandsTheOthersBackAtOnce() throws Exception {
        RunningNode node3 = startNode("node3");
        String phase = recruitingPhase(1);
        String owner = node3.lockOwner();

        Future<List<Applicant>> submitting;
        try (OutboxLock outbox = new OutboxLock()) {
            // The acknowledgements stall writing to the outbox until node3 surely holds jobs, then go on.
            submitting = clients.submit(() -> submit(phase, "stop", 120, i -> i % 2 == 0 ? node1 : node3));
            awaitLocksHeldBy(owner, "node3 takes some of the work before it stops (a job a thread)");
        }
        node3.close();
        Instant stopped = Instant.now();

        assertThat(lockedBy(owner)).as("no job left locked by the stopped node").isEmpty();
        List<Applicant> applicants = submitting.get();
        // All done before any lock node3 took could have expired: nothing waited for one.
        awaitScreeningTasks(phase, applicants.size(),
                LOCK_TIME.minus(Duration.between(stopped, Instant.now())).minusSeconds(1));
        assertThat(count(node1, "/history/job-log/count?successLog=true&hostname=node3")).as("jobs run by node3")
                .isPositive();
    }

    private RunningNode startNode(String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("FELLOWFLOW_DB_URL", database);
        properties.put("FELLOWFLOW_DB_USER", EmbeddedPostgresDatabase.USER);
        properties.put("FELLOWFLOW_DB_PASSWORD", "");
        properties.put("FELLOWFLOW_JOB_LOCK_TIME_MS", LOCK_TIME.toMillis());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", TestMailServer.port());
        properties.put("fellowflow.notification.dispatch-every", "PT1S");
        properties.put("fellowflow.notification.claim-for", LOCK_TIME.toString());
        // The test plans its own phases; the demo panel members need addresses for their mail.
        properties.put("fellowflow.programmes.load-on-start-up", false);
        properties.put("fellowflow.identity.demo-people", true);
        return RunningNode.start(name, "postgres", ADMIN_PASSWORD, properties);
    }

    /** A test phase whose launch date has passed; the nodes' job executors launch it. */
    private String recruitingPhase(int posts) {
        String phase = node1.bean(RecruitmentDriver.class).plannedPhase(posts, LocalDate.now().minusDays(7));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                node1.get("/api/phases/" + phase, true).path("status").asText()).isEqualTo("RECRUITING"));
        return phase;
    }

    private static String acknowledgement(Applicant applicant) {
        return "Your application " + applicant.reference() + " has been received";
    }

    private record Applicant(String reference, String token, String email) {
    }

    private record LockedJob(String id, Instant lockExpires) {
    }

    /** Applications by 20 clients at once; the i-th goes to the node given for i. */
    private List<Applicant> submit(String phase, String prefix, int count, IntFunction<RunningNode> node)
            throws Exception {
        List<Callable<Applicant>> applications = IntStream.range(0, count).mapToObj(i -> (Callable<Applicant>) () -> {
            String email = prefix + i + "." + phase.toLowerCase() + "@example.org";
            String path = "/api/phases/" + phase + "/applications";
            Map<String, Object> form = Applicants.form("Applicant " + prefix + " " + i, email,
                    List.of("Proposal", "Collaboration"));
            HttpResponse<String> created;
            try {
                created = node.apply(i).post(path, form, false);
            } catch (UncheckedIOException nodeGone) {
                created = null;
            }
            if (created == null || created.statusCode() >= 500) {
                // The node went away mid-request: the client tries again on node1, as the proxy would send it
                // on. If the first attempt had arrived after all, the 409 names the application it made.
                created = node1.post(path, form, false);
                if (created.statusCode() == 409) {
                    return new Applicant(json.readTree(created.body()).get("existingReference").asText(), null, email);
                }
            }
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return new Applicant(Applicants.reference(created), Applicants.token(created), email);
        }).toList();
        ExecutorService submitters = Executors.newFixedThreadPool(20);
        try {
            List<Applicant> applicants = new ArrayList<>();
            for (Future<Applicant> application : submitters.invokeAll(applications)) {
                applicants.add(application.get());
            }
            return applicants;
        } finally {
            submitters.shutdown();
        }
    }

    private interface Step {
        void run(int index, Applicant applicant) throws Exception;
    }

    private void inParallel(List<Applicant> applicants, Step step) throws Exception {
        List<Future<Object>> done = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            int index = i;
            done.add(clients.submit(() -> {
                step.run(index, applicants.get(index));
                return null;
            }));
        }
        for (Future<Object> future : done) {
            future.get();
        }
    }

    private void screen(RunningNode node, Applicant applicant, boolean eligible) {
        node.completeTask(task(node, applicant, "Task_ScreenEligibility").get(0), Map.of("eligible",
                String.valueOf(eligible), "screeningReason", eligible ? "Meets the criteria" : "Not employed in KSS"));
    }

    /** Shortlisted by the three panel members, interviewed, and confirmed appointable by the chair. */
    private void toAppointableOutcome(RunningNode node, Applicant applicant) {
        for (String task : task(node, applicant, "Task_AssessForShortlisting")) {
            node.completeTask(task, Map.of("conflictOfInterest", false, "score1", 4, "score2", 4));
        }
        node.completeTask(task(node, applicant, "Task_ScheduleInterview").get(0), Map.of("interviewDate",
                LocalDate.now().plusDays(3).toString(), "interviewTime", "10:00", "interviewLocation", "Video call"));
        String process = node.engineRest("/process-instance?businessKey=" + applicant.reference()).get(0).get("id")
                .asText();
        runTimer(node, process, "Event_InterviewTime");
        for (String task : task(node, applicant, "Task_AssessInterview")) {
            node.completeTask(task, Map.of("conflictOfInterest", false, "score1", 5, "score2", 5,
                    "recommendation", "APPOINT"));
        }
        String suggested = node.engineRest("/process-instance/" + process + "/variables/suggestedOutcome")
                .get("value").asText();
        node.completeTask(task(node, applicant, "Task_ConfirmOutcome").get(0), Map.of("confirmedOutcome", suggested));
    }

    /** The candidate accepts through their private link and the recruiter records the checks. */
    private void appoint(RunningNode node, Applicant applicant) {
        HttpResponse<String> accepted = node.post("/api/candidates/" + applicant.token() + "/offer",
                Map.of("accept", true), false);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        node.completeTask(task(node, applicant, "Task_PreStartChecks").get(0), Map.of("referencesChecked", true,
                "rightToWorkChecked", true, "occupationalHealthChecked", true));
    }

    /** A timer comes due: its job is run now, through the REST API, instead of waiting for its date. */
    private static void runTimer(RunningNode node, String processInstanceId, String activity) {
        JsonNode jobs = node.engineRest("/job?processInstanceId=" + processInstanceId + "&activityId=" + activity);
        assertThat(jobs).as("a timer at " + activity).hasSize(1);
        HttpResponse<String> executed = node.post("/engine-rest/engine/" + node.name() + "/job/"
                + jobs.get(0).get("id").asText() + "/execute", Map.of(), true);
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    }

    private static List<String> task(RunningNode node, Applicant applicant, String activity) {
        JsonNode tasks = node.engineRest("/task?processInstanceBusinessKey=" + applicant.reference()
                + "&taskDefinitionKey=" + activity);
        assertThat(tasks).as(activity + " open for " + applicant.reference()).isNotEmpty();
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("id").asText()).toList();
    }

    private String stage(Applicant applicant) {
        return node1.get("/api/candidates/" + applicant.token(), false).get("stage").asText();
    }

    private Map<String, Long> stages(List<Applicant> applicants) {
        return applicants.stream().collect(Collectors.groupingBy(this::stage, Collectors.counting()));
    }

    private void awaitScreeningTasks(String phase, int expected) {
        awaitScreeningTasks(phase, expected, Duration.ofSeconds(120));
    }

    private void awaitScreeningTasks(String phase, int expected, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(count(node1,
                "/task/count?processDefinitionKey=" + PROCESS + "&taskDefinitionKey=Task_ScreenEligibility"
                        + "&processInstanceBusinessKeyLike=" + phase + "-%25")).isEqualTo(expected));
    }

    private Map<String, Long> endEvents(String phase) {
        JsonNode processes = node1.engineRest("/history/process-instance?processDefinitionKey=" + PROCESS
                + "&processInstanceBusinessKeyLike=" + phase + "-%25&maxResults=1000");
        Map<String, Long> ends = new HashMap<>();
        for (JsonNode process : processes) {
            JsonNode end = node1.engineRest("/history/activity-instance?activityType=noneEndEvent&processInstanceId="
                    + process.get("id").asText());
            assertThat(end).as("one end for " + process.get("businessKey").asText()).hasSize(1);
            ends.merge(end.get(0).get("activityId").asText(), 1L, Long::sum);
        }
        return ends;
    }

    private static long count(RunningNode node, String path) {
        return node.engineRest(path).get("count").asLong();
    }

    private void awaitLocksHeldBy(String owner, String what) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        // As many as the production profile's core job threads: each stalls on the outbox holding one.
        while (lockedBy(owner).size() < 4) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /**
     * Holds PostgreSQL's lock on the outbox table until closed: a job that writes a message (every acknowledgement
     * does) waits meanwhile, holding its job lock, on whichever node runs it.
     */
    private final class OutboxLock implements AutoCloseable {

        private final Connection connection;

        OutboxLock() throws SQLException {
            connection = DriverManager.getConnection(database, EmbeddedPostgresDatabase.USER, "");
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("lock table notification in exclusive mode");
            }
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    /** Jobs whose lock the owner holds now, read straight from the shared database. */
    private List<LockedJob> lockedBy(String owner) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, EmbeddedPostgresDatabase.USER, "");
                PreparedStatement query = connection.prepareStatement(
                        "select id_, lock_exp_time_ from act_ru_job where lock_owner_ = ? and lock_exp_time_ > ?")) {
            query.setString(1, owner);
            query.setTimestamp(2, Timestamp.from(Instant.now()));
            List<LockedJob> jobs = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    jobs.add(new LockedJob(rows.getString(1), rows.getTimestamp(2).toInstant()));
                }
            }
            return jobs;
        }
    }

    /** Waits until each applicant has at least the given number of messages; returns their subjects. */
    private Map<String, List<String>> awaitMail(List<Applicant> applicants, int atLeast) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(received(applicants)).hasSize(applicants.size())
                        .allSatisfy((to, subjects) -> assertThat(subjects).hasSizeGreaterThanOrEqualTo(atLeast)));
        return received(applicants);
    }

    private static Map<String, List<String>> received(List<Applicant> applicants) {
        Map<String, Applicant> byEmail = applicants.stream().collect(Collectors.toMap(Applicant::email, a -> a));
        Map<String, List<String>> subjects = new LinkedHashMap<>();
        try {
            for (MimeMessage message : TestMailServer.get().getReceivedMessages()) {
                for (Address to : message.getAllRecipients()) {
                    if (byEmail.containsKey(to.toString())) {
                        subjects.computeIfAbsent(to.toString(), t -> new ArrayList<>()).add(message.getSubject());
                    }
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("GreenMail holds a message it cannot read", e);
        }
        return subjects;
    }
}
