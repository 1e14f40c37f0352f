package org.bricshub.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bricshub.platform.db.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bricshub.capture.Delegations;
import org.bricshub.capture.EventRepository;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.LogStores;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Database;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;

/**
 * The EPCIS repository as the server wires it, for benchmarks: embedded PostgreSQL with the server's settings (fsync
 * and synchronous commit on) in a temporary folder, a pool, the migrations, the verifiable log in the database, and
 * an admin key of a tea exporter owning the prefix of {@link SyntheticEvents}.
 */
final class BenchRepository implements AutoCloseable {
    final EmbeddedPostgres postgres;
    final HikariDataSource dataSource;
    final LogStore logStore;
    final Ledger ledger;
    final EventRepository repository;
    final Principal caller;

    private BenchRepository(EmbeddedPostgres postgres) throws Exception {
        this.postgres = postgres;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        dataSource = new HikariDataSource(config);
        Database.migrate(dataSource);
        logStore = LogStores.postgres(dataSource);
        Path key = Files.createTempDirectory("bench-capture").resolve("log.key");
        ledger = Ledger.start(LedgerConfig.defaults("bench.example/log", key), logStore);
        Delegations delegations = new Delegations(dataSource, new AuditLog(dataSource), Clock.systemUTC());
        repository = new EventRepository(dataSource, ledger, Clock.systemUTC(), delegations);
        caller = Transaction.run(dataSource, c -> {
            long org = new OrganisationStore(dataSource).create(c, new NewOrganisation("Anxi Tea", "CN",
                    OrganisationKind.BRAND_OWNER, List.of(SyntheticEvents.PREFIX)), Instant.now()).id();
            byte[] hash = new byte[32];
            new SecureRandom().nextBytes(hash);
            try (PreparedStatement ps = c.prepareStatement("insert into api_keys (org_id, role, key_hash, created_at) "
                    + "values (?, 'admin', ?, now()) returning id")) {
                ps.setLong(1, org);
                ps.setBytes(2, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Principal(rs.getLong(1), org, OrganisationKind.BRAND_OWNER, Role.ADMIN);
                }
            }
        });
    }

    static BenchRepository start() throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgresServer.configured().start();
        return new BenchRepository(pg);
    }

    /** Waits until no capture job is running. */
    void awaitJobs() throws Exception {
        while (count("select count(*) from capture_jobs where status = 'running'") > 0) {
            Thread.sleep(20);
        }
    }

    long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Bytes stored per event: the capture tables with their indexes and TOAST, and the verifiable log's tables. */
    void printSizes() throws Exception {
        long events = count("select count(*) from capture_events");
        System.out.printf("storage for %,d events (tables + indexes + TOAST):%n", events);
        for (String group : List.of("capture_events", "capture_event_values", "capture_event_hashes",
                "capture_event_leaves", "capture_jobs", "log_")) {
            long bytes = count("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c "
                    + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') "
                    + "and c.relname not like 'baseline_%' and " + (group.endsWith("_") ? "c.relname like 'log\\_%'"
                    : "(c.relname = '" + group + "' or c.relname like '" + group + "\\_2%')"));
            System.out.printf("  %-24s %,14d bytes  %,8.0f bytes/event%n", group + (group.endsWith("_") ? "*" : ""),
                    bytes, events == 0 ? 0.0 : (double) bytes / events);
        }
    }

    @Override
    public void close() throws Exception {
        ledger.close();
        logStore.close();
        dataSource.close();
        postgres.close();
    }
}
