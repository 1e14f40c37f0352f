package org.bricshub.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 18 server run from the binaries on the class path, with its cluster in {@code DATA/pg}. The caller
 * holds the {@link DataFolderLock}, so no other server of ours uses the cluster; a postmaster left behind by a
 * process killed with -9 is stopped before this one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDir, int port) {
        Path cluster = dataDir.resolve("pg");
        try {
            Files.createDirectories(cluster);
            OrphanPostmaster.stopIfRunning(cluster);
            EmbeddedPostgres.Builder builder = configured()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    // our own shutdown path stops it; a second hook would race with the pool closing
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            LOG.info("embedded PostgreSQL started in {} on port {}", cluster, pg.getPort());
            return new EmbeddedPostgresServer(pg);
        } catch (IOException e) {
            throw new DatabaseException("cannot start embedded PostgreSQL in " + cluster + ": " + e.getMessage(), e);
        }
    }

    /** A builder with this server's settings, for benchmarks that measure what the service runs. */
    public static EmbeddedPostgres.Builder configured() {
        return EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on");
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close(); // pg_ctl stop -w: returns once the postmaster has removed its pid file
            LOG.info("embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
