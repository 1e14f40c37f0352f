package org.bricshub.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.i18n.Messages;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.LogStores;
import org.bricshub.ledger.witness.CosignatureCollector;
import org.bricshub.ledger.witness.WitnessEndpoint;
import org.bricshub.platform.access.AdminBootstrap;
import org.bricshub.platform.access.Administration;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.db.DataFolderLock;
import org.bricshub.platform.db.Database;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.SerialKeys;
import org.bricshub.web.WebServer;
import org.bricshub.web.WebSettings;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.http.Metrics;
import org.bricshub.web.log.LogRoutes;
import org.bricshub.web.pages.PageRoutes;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.routes.AdminRoutes;
import org.bricshub.web.routes.HealthRoutes;
import org.bricshub.web.routes.MetricsRoutes;
import org.bricshub.web.trace.TracePageRoutes;
import org.bricshub.web.trace.TraceRoutes;

/**
 * A running server, wired explicitly: configuration → data-folder lock → database → verifiable log → services →
 * routes → HTTP.
 * Closing it undoes the steps in reverse order.
 */
final class Server implements AutoCloseable {
    private final DataFolderLock lock;
    private final Database database;
    private final LogStore logStore;
    private final Ledger ledger;
    private final CosignatureCollector cosigning;
    private final WebServer web;
    private final Optional<Path> newAdminKey;

    private Server(DataFolderLock lock, Database database, LogStore logStore, Ledger ledger,
                   CosignatureCollector cosigning, WebServer web, Optional<Path> newAdminKey) {
        this.lock = lock;
        this.database = database;
        this.logStore = logStore;
        this.ledger = ledger;
        this.cosigning = cosigning;
        this.web = web;
        this.newAdminKey = newAdminKey;
    }

    static Server start(PlatformConfig config, Clock clock) {
        DataFolderLock lock = DataFolderLock.acquire(config.dataDir());
        Database database = null;
        LogStore logStore = null;
        Ledger ledger = null;
        CosignatureCollector cosigning = null;
        try {
            PrometheusMeterRegistry metrics = Metrics.newRegistry();
            database = Database.open(config, metrics);
            var db = database.dataSource();
            Optional<Path> newAdminKey = AdminBootstrap.run(db, clock, config.dataDir(), config.operatorName(),
                    config.operatorCountry());

            logStore = openLogStore(config, db);
            Path logKey = config.dataDir().resolve("log.key");
            String origin = config.logOrigin()
                    .or(() -> Ledger.existingOrigin(logKey))
                    .orElseGet(config::defaultLogOrigin);
            ledger = Ledger.start(LedgerConfig.defaults(origin, logKey), logStore);
            cosigning = config.logWitnesses().isEmpty() ? null : CosignatureCollector.attach(ledger,
                    config.logWitnesses().stream().map(WitnessEndpoint::parse).toList(), config.logWitnessQuorum(),
                    Duration.ofSeconds(10));

            Authenticator authenticator = new Authenticator(db, clock);
            Administration admin = new Administration(db, clock, new OrganisationStore(db), new AuditLog(db),
                    authenticator);
            var json = JsonBodies.newMapper();
            Pages pages = new Pages(Messages.load());
            Database ready = database;
            ProductCodes codes = new ProductCodes(db, clock, SerialKeys.openOrCreate(config.dataDir()),
                    config.publicUrl(), config.maxCodesPerBatch());
            WebServer web = WebServer.start(WebSettings.of(config, Version.current()), json, metrics,
                    pages.errorPage(), List.of(
                            new HealthRoutes(Map.of("database", ready::isHealthy)),
                            new MetricsRoutes(metrics),
                            new AdminRoutes(admin, new Callers(authenticator), new JsonBodies(json)),
                            new LogRoutes(ledger),
                            new PageRoutes(pages),
                            new TraceRoutes(codes, new Callers(authenticator), new JsonBodies(json), config.publicUrl()),
                            new TracePageRoutes(pages, codes, authenticator)));
            return new Server(lock, database, logStore, ledger, cosigning, web, newAdminKey);
        } catch (RuntimeException e) {
            closeAll(cosigning, ledger, logStore, database, lock);
            throw e;
        }
    }

    /** The log store the configuration names: DATA/log as C2SP static files, or the database. */
    static LogStore openLogStore(PlatformConfig config, DataSource db) {
        return config.logStorage().equals("files")
                ? LogStores.fileSystem(config.dataDir().resolve("log")) : LogStores.postgres(db);
    }

    int port() {
        return web.port();
    }

    /** Every HTTP route, as {@code "GET /path"}. */
    List<String> routes() {
        return web.routes();
    }

    /** The admin key file when this start created the platform's first admin key. */
    Optional<Path> newAdminKey() {
        return newAdminKey;
    }

    /** The verifiable log, for commands that append to it or read it. */
    Ledger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        web.close();
        closeAll(cosigning, ledger, logStore, database, lock);
    }

    /** Closes in the order given, skipping what was never opened; the first failure is rethrown after all ran. */
    private static void closeAll(AutoCloseable... resources) {
        RuntimeException failure = null;
        for (AutoCloseable r : resources) {
            try {
                if (r != null) {
                    r.close();
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("shutdown failed: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
