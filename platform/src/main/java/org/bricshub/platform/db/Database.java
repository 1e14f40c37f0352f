package org.bricshub.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.bricshub.platform.config.PlatformConfig;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL database of a server: the embedded one in {@code DATA/pg} unless {@code db.url} names an external
 * server, a connection pool, and every module's Flyway migrations applied at start. Closing it closes the pool and
 * stops the embedded server.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Classpath folders holding the migrations of every module, in the order modules depend on each other. */
    public static final List<String> MIGRATION_LOCATIONS = List.of(
            "classpath:db/migration/platform", "classpath:db/migration/ledger", "classpath:db/migration/trace",
            "classpath:db/migration/transfer", "classpath:db/migration/capture", "classpath:db/migration/resolver",
            "classpath:db/migration/journey");

    private final EmbeddedPostgresServer embedded;
    private final HikariDataSource pool;

    private Database(EmbeddedPostgresServer embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
    }

    /**
     * Starts (or connects to) the database, opens the pool and migrates. The caller holds the data-folder lock.
     *
     * @param metrics where the pool publishes its metrics, or null
     */
    public static Database open(PlatformConfig config, MeterRegistry metrics) {
        EmbeddedPostgresServer embedded = config.dbUrl().isPresent()
                ? null : EmbeddedPostgresServer.start(config.dataDir(), config.dbEmbeddedPort());
        try {
            HikariConfig hc = new HikariConfig();
            hc.setPoolName("bricshub");
            hc.setJdbcUrl(embedded != null ? embedded.jdbcUrl() : config.dbUrl().orElseThrow());
            hc.setUsername(embedded != null ? "postgres" : config.dbUser());
            if (embedded == null && !config.dbPassword().isEmpty()) {
                hc.setPassword(config.dbPassword());
            }
            hc.setMaximumPoolSize(config.dbPoolSize());
            hc.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
            hc.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
            if (metrics != null) {
                hc.setMetricRegistry(metrics);
            }
            HikariDataSource pool = new HikariDataSource(hc);
            migrate(pool);
            return new Database(embedded, pool);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e instanceof DatabaseException ? e : new DatabaseException("cannot open database: " + e, e);
        }
    }

    /** Applies the migrations of every module found on the class path. */
    public static void migrate(DataSource dataSource) {
        migrate(dataSource, MIGRATION_LOCATIONS);
    }

    /**
     * Each module numbers its migrations in its own range (platform 1-99, ledger 100-199, …), so a module's new
     * migration is usually numbered below another module's newest applied one: Flyway applies it out of order rather
     * than refusing a database made by an earlier version.
     */
    static void migrate(DataSource dataSource, List<String> locations) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(locations.toArray(String[]::new))
                    .failOnMissingLocations(false)
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("database migration failed: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** True when a connection can be borrowed and answers a query within the pool's timeout. */
    public boolean isHealthy() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            LOG.debug("health check failed: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
