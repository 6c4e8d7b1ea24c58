package org.fellowflow;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own count of the statements it ran, by SQL text: it sees every statement, whether Hibernate or
 * plain JDBC sent it. H2's query statistics, on only while counting; PostgreSQL's pg_stat_statements, which the
 * embedded server loads.
 */
public final class DatabaseStatements {

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private Map<String, Long> counted = Map.of();

    public DatabaseStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")));
    }

    /** Runs the work while counting, keeps what it ran for {@link #containing}, and returns its result. */
    public <T> T counting(Supplier<T> work) {
        start();
        try {
            T result = work.get();
            counted = ran();
            return result;
        } finally {
            stop();
        }
    }

    /**
     * How many statements whose text contains the fragment the last counted work ran; case and runs of white
     * space do not matter.
     */
    public long containing(String fragment) {
        return containing(counted, fragment);
    }

    /** Starts counting from nothing; {@link #soFar} reads the count while the work is still running. */
    public void start() {
        if (postgres) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.queryForList("select pg_stat_statements_reset()");
        } else {
            // Off clears them, so each count starts from nothing. H2 keeps 100 statements by default and drops the
            // least used beyond that; a step of the engine's runs nearly as many different ones.
            jdbc.execute("SET QUERY_STATISTICS FALSE");
            jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
            jdbc.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    /** The statements containing the fragment run since {@link #start}. */
    public long soFar(String fragment) {
        return containing(ran(), fragment);
    }

    public void stop() {
        if (!postgres) {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    private static long containing(Map<String, Long> statements, String fragment) {
        String wanted = fragment.toLowerCase().replaceAll("\\s+", " ");
        return statements.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase().replaceAll("\\s+", " ").contains(wanted))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private Map<String, Long> ran() {
        Map<String, Long> counts = new TreeMap<>();
        // RAND() keeps H2 from answering from its cache of a deterministic query's last result.
        String sql = postgres
                ? "select query, calls from pg_stat_statements where dbid = (select oid from pg_database"
                        + " where datname = current_database())"
                : "select SQL_STATEMENT, EXECUTION_COUNT, RAND() from INFORMATION_SCHEMA.QUERY_STATISTICS";
        jdbc.query(sql, rs -> {
            String text = rs.getString(1);
            if (!text.contains("QUERY_STATISTICS") && !text.contains("pg_stat_statements")) {
                counts.merge(text, rs.getLong(2), Long::sum);
            }
        });
        return counts;
    }
}
