package org.bricshub.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.bricshub.platform.db.Database;

/**
 * One real embedded PostgreSQL per test JVM, and a freshly migrated database in it for each caller, so that test
 * classes never see each other's rows. Shared with other modules through the platform's test jar.
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String TEMPLATE = "migrated_template";
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /** A new, empty database with every migration on the class path applied. */
    public static synchronized DataSource fresh() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
                execute("create database " + TEMPLATE);
                Database.migrate(server.getDatabase("postgres", TEMPLATE));
            }
            // Copying a migrated template is much faster than migrating each database.
            String name = "test_" + COUNTER.incrementAndGet();
            execute("create database " + name + " template " + TEMPLATE);
            return server.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The JDBC URL of a new, empty database with no migrations applied, for code that connects by URL. */
    public static synchronized String freshUrl() {
        fresh(); // starts the server once
        String name = "empty_" + COUNTER.incrementAndGet();
        try {
            execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
