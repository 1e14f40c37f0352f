package org.bricshub.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real embedded PostgreSQL 18 per test JVM, and a fresh database with the ledger's migration applied for each
 * caller (copied from a migrated template, which is much faster than migrating each one).
 */
final class EmbeddedDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String TEMPLATE = "ledger_template";
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    static synchronized DataSource fresh() {
        try {
            if (server == null) {
                // Durable like production: the embedded defaults turn fsync and synchronous commits off.
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on").start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop));
                execute(server.getPostgresDatabase(), "create database " + TEMPLATE);
                execute(server.getDatabase("postgres", TEMPLATE), migration());
            }
            String name = "ledger_" + COUNTER.incrementAndGet();
            execute(server.getPostgresDatabase(), "create database " + name + " template " + TEMPLATE);
            return server.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String migration() throws IOException {
        try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/db/migration/ledger/V100__ledger.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
