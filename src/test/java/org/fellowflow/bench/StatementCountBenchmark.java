package org.fellowflow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.fellowflow.RunningNode;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.Test;

/**
 * The statements an application sends PostgreSQL, Fellowflow's beside the bare BPMN's: one worker takes each
 * kind's applications one after the other (the same path as the throughput benchmark), and PostgreSQL's
 * pg_stat_statements counts what the JVM sent while each kind ran. Counts do not depend on the machine's speed,
 * so they show a change of a few statements that the timed benchmarks cannot tell from their noise. It prints
 * the statements per application on the engine's tables, on Fellowflow's own, and the transactions; it logs
 * each of Fellowflow's own statements ({@code STATEMENT …}) and each engine statement Fellowflow sends more or
 * less often than the bare BPMN ({@code ENGINE …}). {@code -Dbench.statement-applications=N} sets N
 * (100 by default).
 */
class StatementCountBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("bench.statement-applications", 100);
    private static final int WARM_UP = 20;
    private static final String BENCHMARK = "Statements per application (PostgreSQL, one worker)";
    private static final String OWN = "statements on Fellowflow's own tables";

    @Test
    void fellowflowBesideTheBareBpmn() throws Exception {
        try (RunningNode node = BenchNodes.postgres("benchstatements")) {
            DataSource database = node.bean(DataSource.class);
            execute(database, "create extension if not exists pg_stat_statements");
            BaselineDriver baseline = new BaselineDriver(node);
            RecruitmentDriver driver = node.bean(RecruitmentDriver.class);
            String phase = driver.recruitingPhase(2);
            AtomicInteger numbers = new AtomicInteger();
            Runnable bare = () -> baseline.application("COUNT-" + numbers.incrementAndGet());
            Runnable fellowflow = () -> driver.notAppointable(phase);
            // Statements sent once per JVM or per engine (deployment cache, first plans) stay out of the counts.
            repeat(WARM_UP, bare);
            repeat(WARM_UP, fellowflow);
            Counts bareCounts = count(database, bare, "bare BPMN");
            Counts fellowflowCounts = count(database, fellowflow, "Fellowflow");
            for (String kind : bareCounts.totals().keySet()) {
                // The bare BPMN has none of Fellowflow's tables; it only meets the outbox dispatcher's polls.
                Double baselineCount = kind.equals(OWN) ? null : bareCounts.totals().get(kind);
                BenchReport.record(BENCHMARK, kind, fellowflowCounts.totals().get(kind), "per application",
                        baselineCount, null, null);
            }
            printEngineDifferences(bareCounts.engine(), fellowflowCounts.engine());
        }
    }

    private static void repeat(int times, Runnable application) {
        for (int i = 0; i < times; i++) {
            application.run();
        }
    }

    /**
     * What the applications sent, per application.
     *
     * @param totals the statements by kind, the transactions and PostgreSQL's time
     * @param engine each statement on the engine's tables, with its calls
     */
    private record Counts(Map<String, Double> totals, Map<String, Double> engine) {
    }

    /**
     * Logs each statement on the engine's tables that Fellowflow's application sends more or less often than the
     * bare BPMN's ({@code ENGINE …}), most extra first: what Fellowflow's process makes the engine do on top.
     */
    private static void printEngineDifferences(Map<String, Double> bare, Map<String, Double> fellowflow) {
        Set<String> queries = new TreeSet<>(bare.keySet());
        queries.addAll(fellowflow.keySet());
        queries.stream()
                .filter(query -> Math.abs(fellowflow.getOrDefault(query, 0.0) - bare.getOrDefault(query, 0.0)) >= 0.01)
                .sorted(Comparator.comparingDouble((String query) ->
                        bare.getOrDefault(query, 0.0) - fellowflow.getOrDefault(query, 0.0)))
                .forEach(query -> System.out.printf(Locale.ROOT, "ENGINE %+.2f per application (bare BPMN %.2f, "
                        + "Fellowflow %.2f): %s%n", fellowflow.getOrDefault(query, 0.0) - bare.getOrDefault(query, 0.0),
                        bare.getOrDefault(query, 0.0), fellowflow.getOrDefault(query, 0.0), shortened(query)));
    }

    private static String shortened(String query) {
        return query.length() > 160 ? query.substring(0, 160) + " …" : query;
    }

    /** Runs the applications with the statistics reset first; returns what they sent, per application. */
    private static Counts count(DataSource database, Runnable application, String kind)
            throws Exception {
        execute(database, "select pg_stat_statements_reset()");
        repeat(APPLICATIONS, application);
        Map<String, Double> counts = new LinkedHashMap<>();
        Map<String, Double> engineStatements = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select calls, total_exec_time, query from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = current_database())
                        and query not like '%pg_stat_statements%' order by calls desc, query""")) {
            double all = 0;
            double engine = 0;
            double own = 0;
            double transactions = 0;
            double milliseconds = 0;
            while (rows.next()) {
                double calls = rows.getLong(1) / (double) APPLICATIONS;
                String query = rows.getString(3).replaceAll("\\s+", " ").trim();
                all += calls;
                milliseconds += rows.getDouble(2) / APPLICATIONS;
                if (query.equalsIgnoreCase("BEGIN")) {
                    transactions += calls;
                } else if (query.toUpperCase(Locale.ROOT).contains("ACT_")) {
                    engine += calls;
                    engineStatements.merge(query, calls, Double::sum);
                } else if (!query.equalsIgnoreCase("COMMIT") && !query.equalsIgnoreCase("ROLLBACK")) {
                    own += calls;
                    System.out.printf(Locale.ROOT, "STATEMENT %s: %.2f per application: %s%n", kind, calls,
                            shortened(query));
                }
            }
            counts.put("all statements", all);
            counts.put("statements on the engine's tables", engine);
            counts.put(OWN, own);
            counts.put("transactions", transactions);
            // The time PostgreSQL took to run them; unlike the counts, this depends on the machine.
            counts.put("PostgreSQL's execution time, ms", milliseconds);
        }
        return new Counts(counts, engineStatements);
    }

    private static void execute(DataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
