package org.fellowflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per JVM (zonky; binaries from Maven Central), started on first use and stopped
 * when the JVM exits, after the Spring contexts using it have closed. Every caller gets a fresh, empty database of its own, so Spring contexts and standalone
 * starts never see each other's rows.
 */
public final class EmbeddedPostgresDatabase {

    /** The superuser zonky's server is initialised with; it needs no password. */
    public static final String USER = "postgres";

    private static final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPostgresDatabase() {
    }

    /** Creates a new empty database (a copy of template0) and returns its JDBC URL, for {@link #USER}. */
    public static String createDatabase() {
        String name = "fellowflow_" + databases.incrementAndGet() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection connection = Server.POSTGRES.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " template template0 encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on embedded PostgreSQL", e);
        }
        return Server.POSTGRES.getJdbcUrl(USER, name);
    }

    /**
     * Creates a login role with the given password and an empty database it owns, for a client that must use its
     * own credentials unchanged (a node started with docker-compose.yml's environment); returns the server's port.
     * zonky's server trusts every connection; for this role it asks for the password, so a wrong one is refused.
     */
    public static int createDatabaseOwnedBy(String database, String user, String password) {
        for (String identifier : new String[] {database, user}) {
            if (!identifier.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not a plain PostgreSQL identifier: " + identifier);
            }
        }
        try (Connection connection = Server.POSTGRES.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            statement.execute("create database " + database + " owner " + user + " template template0 encoding 'UTF8'");
            try (ResultSet hba = statement.executeQuery("show hba_file")) {
                hba.next();
                Path file = Path.of(hba.getString(1));
                Files.writeString(file, "host all " + user + " all scram-sha-256\n" + Files.readString(file));
            }
            statement.execute("select pg_reload_conf()");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make embedded PostgreSQL ask " + user + " for a password", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " for " + user
                    + " on embedded PostgreSQL", e);
        }
        return Server.POSTGRES.getPort();
    }

    /** The server's version string, e.g. for a test report. */
    public static String version() {
        try (Connection connection = Server.POSTGRES.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version()")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask embedded PostgreSQL for its version", e);
        }
    }

    /** Lazy holder: the server starts the first time a database is asked for, once per JVM. */
    private static final class Server {

        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                // Not zonky's own hook: JVM shutdown hooks run concurrently, and the server must outlive the
                // Spring contexts still using it. With zonky's hook, a test context still closing after the server
                // had stopped kept the fork JVM from exiting until Surefire killed it 30 s later.
                // pg_stat_statements counts the statements each database is sent, for StatementCountBenchmark.
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                        .setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
                // Spring Boot's JVM shutdown hook runs its handlers one by one, after every application context
                // it knows (test contexts included) has closed; it registers itself with the JVM if need be.
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // The JVM is exiting anyway.
                    }
                });
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
    }
}
