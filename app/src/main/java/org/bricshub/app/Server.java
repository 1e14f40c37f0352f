package org.bricshub.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Messages;
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
import org.bricshub.web.pages.PageRoutes;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.routes.AdminRoutes;
import org.bricshub.web.routes.HealthRoutes;
import org.bricshub.web.routes.MetricsRoutes;
import org.bricshub.web.trace.TracePageRoutes;
import org.bricshub.web.trace.TraceRoutes;

/**
 * A running server, wired explicitly: configuration → data-folder lock → database → services → routes → HTTP.
 * Closing it undoes the steps in reverse order.
 */
final class Server implements AutoCloseable {
    private final DataFolderLock lock;
    private final Database database;
    private final WebServer web;
    private final Optional<Path> newAdminKey;

    private Server(DataFolderLock lock, Database database, WebServer web, Optional<Path> newAdminKey) {
        this.lock = lock;
        this.database = database;
        this.web = web;
        this.newAdminKey = newAdminKey;
    }

    static Server start(PlatformConfig config, Clock clock) {
        DataFolderLock lock = DataFolderLock.acquire(config.dataDir());
        Database database = null;
        try {
            PrometheusMeterRegistry metrics = Metrics.newRegistry();
            database = Database.open(config, metrics);
            var db = database.dataSource();
            Optional<Path> newAdminKey = AdminBootstrap.run(db, clock, config.dataDir(), config.operatorName(),
                    config.operatorCountry());

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
                            new PageRoutes(pages),
                            new TraceRoutes(codes, new Callers(authenticator), new JsonBodies(json), config.publicUrl()),
                            new TracePageRoutes(pages, codes, authenticator)));
            return new Server(lock, database, web, newAdminKey);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            lock.close();
            throw e;
        }
    }

    int port() {
        return web.port();
    }

    /** The admin key file when this start created the platform's first admin key. */
    Optional<Path> newAdminKey() {
        return newAdminKey;
    }

    @Override
    public void close() {
        web.close();
        database.close();
        lock.close();
    }
}
