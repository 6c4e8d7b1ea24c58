package org.fellowflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.fellowflow.Applicants;
import org.fellowflow.RunningNode;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Test;

/**
 * 20 staff working at once over HTTP for 60 s (loopback) on the embedded default with its job executor on:
 * 10 recruiters and 10 panel members, each signed in as themselves. A recruiter reads an application through
 * Fellowflow's API, screens it through /engine-rest, and schedules the interview once the panel has
 * shortlisted, screening and scheduling side by side; a panel member reads the anonymised application and
 * completes their assessment. Each pair works on its own share of the applications; with nothing to do, a
 * client refreshes its task list as the Tasklist does. There are more applications than the clients can
 * finish in the run, and the run checks that every recruiter still had applications to screen and every
 * panel member applications to assess at its end: clients short of work refresh task lists, cheap requests
 * that would make the figures measure the workload, not the server.
 * Figures: requests and tasks per second, p50, p95, p99, the errors (a 5xx; a 409 from a lost race is counted
 * apart), and how long the JIT compilers ran during the run. Target: p95 < 50 ms, no 5xx.
 * <p>
 * The clients that never pause then do the same on Camunda alone, as a baseline: the bare BPMN of the same
 * shape on the bare starter, with Fellowflow's engine settings and tuning (its index, H2 hints and task query
 * options) and nothing else of Fellowflow's: no sign-in, no authorization checks, no application of its own. Its
 * tasks are found and completed through /engine-rest in the same order, and each application is read from the
 * engine where Fellowflow's clients read it from Fellowflow's API. It runs second, in the same JVM, so it starts
 * with the code the first minute compiled: its figures are, if anything, better than a cold one's.
 * {@code -Dbench.baseline-tuned=false} runs it on the engine as Camunda's starter comes instead.
 * {@code -Dbench.seconds=N} sets the duration; {@code -Dbench.warmup=N} first runs the same work for N seconds
 * on applications of its own, not measured, for the figures of a server that has run a while.
 */
class ConcurrentUsersBenchmark {

    /**
     * Five tasks each, 50,000 in all, on each server. With 600 the clients had finished them all before the minute
     * was up; with 1,200 a warmed-up server completed 5,766 of the 6,000 tasks, and the panel members waited for
     * work at the end. With 4,000 Fellowflow's fastest run screened about 210 of a pair's 400 in the minute, but
     * the baseline's recruiters, in a warmed-up JVM, screened all of theirs.
     */
    private static final int APPLICATIONS = 10_000;
    private static final int PAIRS = 10;
    private static final long SECONDS = Long.getLong("bench.seconds", 60);
    private static final long WARM_UP_SECONDS = Long.getLong("bench.warmup", 0);
    /** A paced recruiter screens about 20 in the minute, so 400 leave each pair's 40 enough work to the end. */
    private static final int PACED_APPLICATIONS = 400;
    private static final long THINK_MILLIS = Long.getLong("bench.think-ms", 1000);
    private static final boolean BASELINE_TUNED = !"false".equals(System.getProperty("bench.baseline-tuned"));
    private static final List<String> PANEL = List.of("panel1", "panel2", "panel3");
    private static final String BENCHMARK = "Concurrent users over HTTP";
    private static final ObjectMapper json = new ObjectMapper();

    /**
     * What the clients work on: the node, the user tasks they find by application and complete, and the path
     * they read an application through. The same work on Fellowflow and on the bare BPMN, under other names.
     */
    private record Workload(RunningNode node, String screen, String shortlist, String schedule,
            Function<String, String> applicationPath) {
    }

    /** One run's figures. */
    private record Figures(double requestsPerSecond, double tasksPerSecond, double p50, double p95, double p99,
            long serverErrors, long requests, long conflicts, double compiling, double seconds) {
    }

    private Latencies latencies = new Latencies();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong otherErrors = new AtomicLong();
    private final AtomicLong tasksCompleted = new AtomicLong();
    private final Map<String, String> stateOf = new ConcurrentHashMap<>();
    private long thinkMillis;

    @Test
    void tenRecruitersAndTenPanelMembersForSixtySeconds() throws Exception {
        Figures fellowflow = onFellowflow(APPLICATIONS, 0);
        Figures bare = onBareCamunda(APPLICATIONS);
        report(BENCHMARK, fellowflow, bare);
        report(BENCHMARK + ", baseline: Camunda alone" + (BASELINE_TUNED ? ", tuned as Fellowflow tunes it" : "")
                + ", the bare BPMN of the same shape", bare, null);
    }

    /**
     * The same 20 clients, each pausing before every request for a random 0.5 to 1.5 times
     * {@code -Dbench.think-ms} (1,000 by default), as a person does between the clicks that send them: what 20
     * people working at once would see, where the run above, whose clients never pause, is a stress test. Fewer
     * applications, as paced clients get through far fewer.
     */
    @Test
    void tenRecruitersAndTenPanelMembersPacedLikePeople() throws Exception {
        report(BENCHMARK + ", paced like people (about " + THINK_MILLIS + " ms between a client's requests)",
                onFellowflow(PACED_APPLICATIONS, THINK_MILLIS), null);
    }

    private Figures onFellowflow(int applications, long pause) throws Exception {
        try (RunningNode node = BenchNodes.embeddedDefault("benchusers", Map.of(
                "fellowflow.programmes.load-on-start-up", false))) {
            String phase = node.bean(RecruitmentDriver.class).plannedPhase(2, LocalDate.now().minusDays(7));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    node.get("/api/phases/" + phase, true).path("status").asText().equals("RECRUITING"));
            List<String> references = submit(node, phase, applications + warmUpApplications(applications));
            Workload workload = new Workload(node, "Task_ScreenEligibility", "Task_AssessForShortlisting",
                    "Task_ScheduleInterview", reference -> "/api/applications/" + reference);
            awaitScreening(workload, references.size());
            return measure(workload, references, applications, pause);
        }
    }

    /**
     * The same clients on Camunda alone. The applications are started through the Java API, as Fellowflow's are
     * submitted before its run, and its job executor acknowledges them; a client reads an application as the
     * process instance of its business key.
     */
    private Figures onBareCamunda(int applications) throws Exception {
        try (RunningNode node = BenchNodes.bareCamunda("benchbare", BASELINE_TUNED)) {
            BaselineDriver driver = new BaselineDriver(node);
            List<String> keys = IntStream.range(0, applications + warmUpApplications(applications))
                    .mapToObj(i -> "BARE-" + i).toList();
            ExecutorService starters = Executors.newFixedThreadPool(4);
            try {
                for (Future<?> start : keys.stream().<Future<?>>map(key -> starters.submit(() -> driver.start(key)))
                        .toList()) {
                    start.get();
                }
            } finally {
                starters.shutdown();
            }
            Workload workload = new Workload(node, "Task_Screen", "Task_Shortlist", "Task_Schedule",
                    key -> engine(node) + "/process-instance?businessKey=" + key);
            awaitScreening(workload, keys.size());
            return measure(workload, keys, applications, 0);
        }
    }

    private static int warmUpApplications(int applications) {
        return (int) (applications * Math.ceil(WARM_UP_SECONDS / (double) SECONDS));
    }

    /** Waits until every application has been acknowledged and waits for screening. */
    private static void awaitScreening(Workload workload, int applications) {
        await().atMost(Duration.ofSeconds(600)).until(() -> workload.node().engineRest("/task/count?"
                + "taskDefinitionKey=" + workload.screen()).get("count").asLong() == applications);
    }

    /**
     * The clients work on the first {@code applications} references for the run's seconds, after a warm-up on
     * the rest; checks that no client ran out of work.
     */
    private Figures measure(Workload workload, List<String> references, int applications, long pause)
            throws Exception {
        thinkMillis = pause;
        latencies = new Latencies();
        serverErrors.set(0);
        conflicts.set(0);
        otherErrors.set(0);
        tasksCompleted.set(0);
        stateOf.clear();
        long warmUpRequests = 0;
        if (WARM_UP_SECONDS > 0) {
            work(workload, references.subList(applications, references.size()), WARM_UP_SECONDS);
            // The errors of the warm-up still count; its timings and tasks do not.
            warmUpRequests = latencies.count();
            latencies = new Latencies();
            tasksCompleted.set(0);
        }
        JitClock jit = JitClock.start();
        double seconds = work(workload, references.subList(0, applications), SECONDS);
        double compiling = jit.seconds();
        List<List<String>> shares = shares(references.subList(0, applications));
        long recruitersOutOfWork = shares.stream().filter(share -> share.stream().allMatch(stateOf::containsKey))
                .count();
        long panelsOutOfWork = shares.stream().filter(share -> share.stream()
                .noneMatch(reference -> "SCREENED".equals(stateOf.get(reference)))).count();
        assertThat(otherErrors.get()).as("no request refused for a reason other than a lost race").isZero();
        assertThat(recruitersOutOfWork).as("recruiters who had screened every application of their share "
                + "before the end, so that the figures would measure the workload (raise APPLICATIONS)")
                .isZero();
        assertThat(panelsOutOfWork).as("panel members with no screened application left to assess at the end")
                .isZero();
        return new Figures(latencies.count() / seconds, tasksCompleted.get() / seconds, latencies.percentile(50),
                latencies.percentile(95), latencies.percentile(99), serverErrors.get(),
                warmUpRequests + latencies.count(), conflicts.get(), compiling, seconds);
    }

    /** Records a run's figures, each beside the baseline's where there is one. */
    private static void report(String benchmark, Figures figures, Figures baseline) {
        String run = WARM_UP_SECONDS > 0 ? ", after " + WARM_UP_SECONDS + " s of warm-up" : "";
        BenchReport.record(benchmark, "requests per second, 20 clients" + run, figures.requestsPerSecond(),
                "requests/s", beside(baseline, Figures::requestsPerSecond), null, null);
        BenchReport.record(benchmark, "tasks completed per second", figures.tasksPerSecond(), "tasks/s",
                beside(baseline, Figures::tasksPerSecond), null, null);
        BenchReport.record(benchmark, "p50", figures.p50(), "ms", beside(baseline, Figures::p50), null, null);
        BenchReport.record(benchmark, "p95", figures.p95(), "ms", beside(baseline, Figures::p95), "< 50",
                figures.p95() < 50);
        BenchReport.record(benchmark, "p99", figures.p99(), "ms", beside(baseline, Figures::p99), null, null);
        BenchReport.record(benchmark, "5xx answers", figures.serverErrors(), "of " + figures.requests(), null, "0",
                figures.serverErrors() == 0);
        BenchReport.record(benchmark, "409 answers (lost races)", figures.conflicts(), "", null, null, null);
        BenchReport.record(benchmark, "JIT compilers at work during the run", figures.compiling(),
                "s in " + Math.round(figures.seconds()) + " s", null, null, null);
    }

    /** The baseline's figure, or none where the run has no baseline. */
    private static Double beside(Figures baseline, ToDoubleFunction<Figures> figure) {
        return baseline == null ? null : figure.applyAsDouble(baseline);
    }

    /** The 20 clients work on the applications for the given seconds; returns the seconds they took. */
    private double work(Workload workload, List<String> references, long duration) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2 * PAIRS);
        long end = System.nanoTime() + Duration.ofSeconds(duration).toNanos();
        long start = System.nanoTime();
        List<Future<Object>> done = new ArrayList<>();
        for (List<String> share : shares(references)) {
            done.add(clients.submit(() -> recruiter(workload, share, end)));
            done.add(clients.submit(() -> panelMember(workload, share, end)));
        }
        for (Future<Object> client : done) {
            client.get();
        }
        clients.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Each pair of clients' own applications: every PAIRS-th one. */
    private static List<List<String>> shares(List<String> references) {
        List<List<String>> shares = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            List<String> share = new ArrayList<>();
            for (int i = pair; i < references.size(); i += PAIRS) {
                share.add(references.get(i));
            }
            shares.add(share);
        }
        return shares;
    }

    /** Each pass schedules the interviews of the shortlisted applications and screens one new application. */
    private Object recruiter(Workload workload, List<String> share, long end) {
        RunningNode node = workload.node();
        while (System.nanoTime() < end) {
            boolean worked = false;
            boolean screening = true;
            for (String reference : share) {
                if (System.nanoTime() >= end) {
                    break;
                }
                String state = stateOf.getOrDefault(reference, "SUBMITTED");
                if (state.equals("SUBMITTED") && screening) {
                    screening = false;
                    call(node, "GET", workload.applicationPath().apply(reference), null, "recruiter");
                    if (completeOwnTask(node, reference, workload.screen(), "recruiter",
                            Map.of("eligible", "true", "screeningReason", "Meets the criteria"))) {
                        stateOf.put(reference, "SCREENED");
                        worked = true;
                    }
                } else if (state.equals("SHORTLISTED") && completeOwnTask(node, reference, workload.schedule(),
                        "recruiter", Map.of("interviewDate", LocalDate.now().plusDays(20).toString(),
                                "interviewTime", "10:30", "interviewLocation", "Room 2"))) {
                    stateOf.put(reference, "SCHEDULED");
                    worked = true;
                }
            }
            if (!worked) {
                call(node, "GET", engine(node) + "/task?candidateGroup=recruiters&maxResults=15&sortBy=created"
                        + "&sortOrder=asc", null, "recruiter");
            }
        }
        return null;
    }

    private Object panelMember(Workload workload, List<String> share, long end) {
        RunningNode node = workload.node();
        while (System.nanoTime() < end) {
            boolean worked = false;
            for (String reference : share) {
                if (System.nanoTime() >= end) {
                    break;
                }
                if (stateOf.getOrDefault(reference, "SUBMITTED").equals("SCREENED")) {
                    boolean all = true;
                    for (String member : PANEL) {
                        call(node, "GET", workload.applicationPath().apply(reference), null, member);
                        all &= completeOwnTask(node, reference, workload.shortlist(), member,
                                Map.of("conflictOfInterest", false, "score1", 4, "score2", 4));
                    }
                    if (all) {
                        stateOf.put(reference, "SHORTLISTED");
                        worked = true;
                    }
                }
            }
            if (!worked) {
                call(node, "GET", engine(node) + "/task?assignee=panel1&maxResults=15", null, "panel1");
            }
        }
        return null;
    }

    /** Finds the user's task of the activity for the application and completes it; false when there is none. */
    private boolean completeOwnTask(RunningNode node, String reference, String activity, String user,
            Map<String, Object> variables) {
        String query = engine(node) + "/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey="
                + activity + (user.startsWith("panel") ? "&assignee=" + user : "");
        HttpResponse<String> found = call(node, "GET", query, null, user);
        JsonNode tasks = read(found);
        if (tasks == null || tasks.isEmpty()) {
            return false;
        }
        HttpResponse<String> completed = call(node, "POST", engine(node) + "/task/" + tasks.get(0).get("id").asText()
                + "/complete", Map.of("variables", RunningNode.typed(variables)), user);
        if (completed.statusCode() == 204) {
            tasksCompleted.incrementAndGet();
            return true;
        }
        return false;
    }

    private HttpResponse<String> call(RunningNode node, String method, String path, Object body, String user) {
        if (thinkMillis > 0) {
            pause(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
        }
        long start = System.nanoTime();
        HttpResponse<String> response = node.send(method, path, body, user, "demo");
        latencies.add(System.nanoTime() - start);
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors.incrementAndGet();
            System.out.println("5xx " + method + " " + path + ": " + response.body());
        } else if (status == 409) {
            conflicts.incrementAndGet();
        } else if (status >= 400) {
            otherErrors.incrementAndGet();
            System.out.println(status + " " + method + " " + path + " as " + user + ": " + response.body());
        }
        return response;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pausing between requests", e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String engine(RunningNode node) {
        return "/engine-rest/engine/" + node.name();
    }

    private static List<String> submit(RunningNode node, String phase, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(20);
        List<Future<String>> submitted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "user" + i + "@users.example.org";
            submitted.add(clients.submit(() -> Applicants.reference(node.post("/api/phases/" + phase + "/applications",
                    Applicants.form("Applicant " + email, email, List.of("Proposal", "Collaboration")), false))));
        }
        List<String> references = new ArrayList<>();
        for (Future<String> reference : submitted) {
            references.add(reference.get());
        }
        clients.shutdown();
        return references;
    }
}
