package org.bricshub.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.capture.Delegations;
import org.bricshub.capture.EventRepository;
import org.bricshub.i18n.Messages;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.LogStores;
import org.bricshub.platform.access.AdminBootstrap;
import org.bricshub.platform.access.Administration;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.db.DataFolderLock;
import org.bricshub.platform.db.Database;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.web.WebServer;
import org.bricshub.web.WebSettings;
import org.bricshub.web.epcis.DelegationRoutes;
import org.bricshub.web.epcis.EpcisCaptureRoutes;
import org.bricshub.web.epcis.EpcisQueryRoutes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.http.Metrics;
import org.bricshub.web.log.LogRoutes;
import org.bricshub.web.pages.PageRoutes;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.routes.AdminRoutes;
import org.bricshub.web.routes.HealthRoutes;
import org.bricshub.web.routes.MetricsRoutes;

/**
 * A running server, wired explicitly: configuration → data-folder lock → database → verifiable log → services →
 * routes → HTTP.
 * Closing it undoes the steps in reverse order.
 */
final class Server implements AutoCloseable {
    /** The most events one EPCIS capture may hold (advertised as GS1-EPCIS-Capture-Limit). */
    static final int CAPTURE_LIMIT = 10_000;
    private final DataFolderLock lock;
    private final Database database;
    private final LogStore logStore;
    private final Ledger ledger;
    private final WebServer web;
    private final Optional<Path> newAdminKey;

    private Server(DataFolderLock lock, Database database, LogStore logStore, Ledger ledger, WebServer web,
                   Optional<Path> newAdminKey) {
        this.lock = lock;
        this.database = database;
        this.logStore = logStore;
        this.ledger = ledger;
        this.web = web;
        this.newAdminKey = newAdminKey;
    }

    static Server start(PlatformConfig config, Clock clock) {
        DataFolderLock lock = DataFolderLock.acquire(config.dataDir());
        Database database = null;
        LogStore logStore = null;
        Ledger ledger = null;
        try {
            PrometheusMeterRegistry metrics = Metrics.newRegistry();
            database = Database.open(config, metrics);
            var db = database.dataSource();
            Optional<Path> newAdminKey = AdminBootstrap.run(db, clock, config.dataDir(), config.operatorName(),
                    config.operatorCountry());

            logStore = config.logStorage().equals("files")
                    ? LogStores.fileSystem(config.dataDir().resolve("log")) : LogStores.postgres(db);
            ledger = Ledger.start(LedgerConfig.defaults(config.logOrigin(), config.dataDir().resolve("log.key")),
                    logStore);

            Delegations delegations = new Delegations(db, new AuditLog(db), clock);
            EventRepository events = new EventRepository(db, ledger, clock, delegations);
            events.recoverPendingLeaves();

            Authenticator authenticator = new Authenticator(db, clock);
            Administration admin = new Administration(db, clock, new OrganisationStore(db), new AuditLog(db),
                    authenticator);
            var json = JsonBodies.newMapper();
            Pages pages = new Pages(Messages.load());
            Database ready = database;
            WebServer web = WebServer.start(WebSettings.of(config, Version.current()), json, metrics,
                    pages.errorPage(), List.of(
                            new HealthRoutes(Map.of("database", ready::isHealthy)),
                            new MetricsRoutes(metrics),
                            new AdminRoutes(admin, new Callers(authenticator), new JsonBodies(json)),
                            new LogRoutes(ledger),
                            new EpcisCaptureRoutes(events, new Callers(authenticator), CAPTURE_LIMIT,
                                    config.maxRequestBytes()),
                            new EpcisQueryRoutes(events, new Callers(authenticator)),
                            new DelegationRoutes(delegations, new Callers(authenticator), new JsonBodies(json)),
                            new PageRoutes(pages)));
            return new Server(lock, database, logStore, ledger, web, newAdminKey);
        } catch (RuntimeException e) {
            closeAll(ledger, logStore, database, lock);
            throw e;
        }
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
        closeAll(ledger, logStore, database, lock);
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
