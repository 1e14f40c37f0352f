package org.bricshub.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.capture.CaptureJobs;
import org.bricshub.capture.Delegations;
import org.bricshub.capture.EventBrowser;
import org.bricshub.capture.EventRepository;
import org.bricshub.capture.NamedQueries;
import org.bricshub.capture.Subscriptions;
import org.bricshub.i18n.LibreTranslateEngine;
import org.bricshub.i18n.Messages;
import org.bricshub.i18n.TranslationEngine;
import org.bricshub.i18n.Vocabulary;
import org.bricshub.journey.JourneyLimits;
import org.bricshub.journey.Journeys;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.LogStores;
import org.bricshub.ledger.witness.CosignatureCollector;
import org.bricshub.ledger.witness.WitnessEndpoint;
import org.bricshub.platform.access.AdminBootstrap;
import org.bricshub.platform.access.Administration;
import org.bricshub.platform.access.Authenticator;
import org.bricshub.platform.access.PrefixAllocation;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.db.DataFolderLock;
import org.bricshub.platform.db.Database;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.resolver.KnownKeys;
import org.bricshub.resolver.Resolver;
import org.bricshub.transfer.TechnologyTransfer;
import org.bricshub.transfer.TransferOptions;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.ScanAnalytics;
import org.bricshub.trace.ScanRecorder;
import org.bricshub.trace.SerialKeys;
import org.bricshub.web.WebServer;
import org.bricshub.web.WebSettings;
import org.bricshub.web.epcis.DelegationRoutes;
import org.bricshub.web.epcis.EpcisCaptureRoutes;
import org.bricshub.web.epcis.EpcisBrowseRoutes;
import org.bricshub.web.epcis.EpcisNamedQueryRoutes;
import org.bricshub.web.epcis.EpcisQueryRoutes;
import org.bricshub.web.epcis.EpcisSubscriptionRoutes;
import org.bricshub.web.http.Callers;
import org.bricshub.web.journey.JourneyPage;
import org.bricshub.web.journey.JourneyRoutes;
import org.bricshub.web.journey.LogTrust;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.http.Metrics;
import org.bricshub.web.log.LogRoutes;
import org.bricshub.web.pages.PageRoutes;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.resolver.LinkConsoleRoutes;
import org.bricshub.web.resolver.LinkRoutes;
import org.bricshub.web.resolver.ResolverRoutes;
import org.bricshub.web.routes.AdminRoutes;
import org.bricshub.web.routes.HealthRoutes;
import org.bricshub.web.routes.MetricsRoutes;
import org.bricshub.web.scans.ScanRecording;
import org.bricshub.web.scans.ScanRoutes;
import org.bricshub.web.transfer.TransferRoutes;
import org.bricshub.web.trace.TracePageRoutes;
import org.bricshub.web.trace.TraceRoutes;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * A running server, wired explicitly: configuration → data-folder lock → database → verifiable log → services →
 * routes → HTTP. What it opens it closes in reverse order, also when a later step of the start fails.
 */
final class Server implements AutoCloseable {
    /** The most events one EPCIS capture may hold (advertised as GS1-EPCIS-Capture-Limit). */
    static final int CAPTURE_LIMIT = 10_000;
    /** Capture jobs stored at once, and accepted jobs waiting beyond them before a capture is refused with 503. */
    static final int CAPTURE_WORKERS = 2;
    static final int CAPTURE_QUEUE = 16;
    /** Scans that may wait for the database before new ones are dropped (about 10 MB). */
    static final int SCAN_QUEUE = 65_536;
    private final Deque<AutoCloseable> opened;
    private final WebServer web;
    private final Optional<Path> newAdminKey;
    private final Ledger ledger;
    private final TechnologyTransfer transfer;
    private final Administration admin;
    private final Authenticator authenticator;
    private final AnxiOolongDemo anxiOolongDemo;

    private Server(Deque<AutoCloseable> opened, WebServer web, Optional<Path> newAdminKey, Ledger ledger,
                   TechnologyTransfer transfer, Administration admin, Authenticator authenticator,
                   AnxiOolongDemo anxiOolongDemo) {
        this.opened = opened;
        this.web = web;
        this.newAdminKey = newAdminKey;
        this.ledger = ledger;
        this.transfer = transfer;
        this.admin = admin;
        this.authenticator = authenticator;
        this.anxiOolongDemo = anxiOolongDemo;
    }

    static Server start(PlatformConfig config, Clock clock) {
        routeJavaUtilLogging();
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            opened.push(DataFolderLock.acquire(config.dataDir()));
            PrometheusMeterRegistry metrics = Metrics.newRegistry();
            Database database = open(opened, Database.open(config, metrics));
            DataSource db = database.dataSource();
            Optional<Path> newAdminKey = AdminBootstrap.run(db, clock, config.dataDir(), config.operatorName(),
                    config.operatorCountry());

            Ledger ledger = open(opened, Ledger.start(logConfig(config), open(opened, openLogStore(config, db))));
            if (!config.logWitnesses().isEmpty()) {
                open(opened, CosignatureCollector.attach(ledger, config.logWitnesses().stream()
                        .map(WitnessEndpoint::parse).toList(), config.logWitnessQuorum(), Duration.ofSeconds(10)));
            }

            Delegations delegations = new Delegations(db, new AuditLog(db), clock);
            EventRepository events = new EventRepository(db, ledger, clock, delegations);
            events.recoverPendingLeaves();
            NamedQueries namedQueries = new NamedQueries(db, clock);
            Subscriptions subscriptions = open(opened, new Subscriptions(events, namedQueries, clock,
                    java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()));
            subscriptions.start();
            CaptureJobs captureJobs = open(opened, new CaptureJobs(events, CAPTURE_WORKERS, CAPTURE_QUEUE,
                    Duration.ofSeconds(30)));
            captureJobs.resumeUnfinished();

            Authenticator authenticator = new Authenticator(db, clock);
            Administration admin = new Administration(db, clock, new OrganisationStore(db), new AuditLog(db),
                    authenticator);
            TechnologyTransfer transfer = open(opened, TechnologyTransfer.open(db, config.dataDir(), clock,
                    TransferOptions.defaults().withMachineEngines(config.translationUrl().<TranslationEngine>map(u ->
                            new LibreTranslateEngine(u, config.translationApiKey(), Duration.ofSeconds(20))).stream()
                            .toList())));
            transfer.scheduleExpiry(Duration.ofMinutes(config.transferExpiryCheckMinutes()));

            var json = JsonBodies.newMapper();
            Callers callers = new Callers(authenticator);
            JsonBodies bodies = new JsonBodies(json);
            Messages messages = Messages.load();
            Pages pages = new Pages(messages);
            ProductCodes codes = new ProductCodes(db, clock, SerialKeys.openOrCreate(config.dataDir()),
                    config.publicUrl(), config.maxCodesPerBatch());
            ScanRecorder scans = open(opened, ScanRecorder.start(db, codes, clock, SCAN_QUEUE));
            scans.bindTo(metrics);
            ScanAnalytics scanAnalytics = new ScanAnalytics(db, codes, clock);
            ScanRecording scanListener = new ScanRecording(scans, clock, config.scanCountryHeader());
            Journeys journeys = new Journeys(db, codes, new OrganisationStore(db), events, Vocabulary.load(), clock,
                    JourneyLimits.defaults());
            JourneyPage journeyPage = new JourneyPage(pages, messages, Vocabulary.load(), journeys,
                    scanAnalytics.cachedWith(scans),
                    logTrust(config, ledger));
            Resolver resolver = new Resolver(db, clock, config.publicUrl(), KnownKeys.of(codes));
            WebServer web = open(opened, WebServer.start(WebSettings.of(config, Version.current()), json, metrics,
                    pages.errorPage(), List.of(
                            new HealthRoutes(Map.of("database", database::isHealthy)),
                            new MetricsRoutes(metrics),
                            new AdminRoutes(admin, new PrefixAllocation(db, clock, new OrganisationStore(db),
                                    new AuditLog(db), config.platformRange()), callers, bodies),
                            new LogRoutes(ledger),
                            new TransferRoutes(transfer, callers, bodies, pages),
                            new TraceRoutes(codes, callers, bodies, config.publicUrl()),
                            new TracePageRoutes(pages, codes, authenticator),
                            new EpcisCaptureRoutes(events, captureJobs, callers, CAPTURE_LIMIT,
                                    config.maxRequestBytes()),
                            new EpcisQueryRoutes(events, callers),
                            new EpcisBrowseRoutes(new EventBrowser(events), events, callers),
                            new EpcisNamedQueryRoutes(namedQueries, subscriptions, events, callers, bodies),
                            new EpcisSubscriptionRoutes(subscriptions, callers, bodies),
                            new DelegationRoutes(delegations, callers, bodies),
                            new JourneyRoutes(journeyPage, journeys, callers, bodies, config.publicUrl().toString()),
                            new LinkRoutes(resolver, callers, bodies),
                            new LinkConsoleRoutes(pages, resolver, authenticator),
                            new ScanRoutes(scanAnalytics, scans, callers, bodies, pages, authenticator),
                            new PageRoutes(pages),
                            // last: a compressed Digital Link is one segment at the root
                            new ResolverRoutes(resolver, journeyPage, scanListener, pages))));
            return new Server(opened, web, newAdminKey, ledger, transfer, admin, authenticator,
                    new AnxiOolongDemo(admin, authenticator, codes, delegations, events, config.publicUrl()));
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /** What phones check checkpoints against: the log key and the configured witnesses' keys and quorum. */
    private static LogTrust logTrust(PlatformConfig config, Ledger ledger) {
        List<String> witnesses = config.logWitnesses().stream().map(w -> WitnessEndpoint.parse(w).verifierKey())
                .toList();
        return new LogTrust(ledger.verifierKey(), witnesses, Math.min(config.logWitnessQuorum(), witnesses.size()));
    }

    /** The log store the configuration names: DATA/log as C2SP static files, or the database. */
    static LogStore openLogStore(PlatformConfig config, DataSource db) {
        return config.logStorage().equals("files")
                ? LogStores.fileSystem(config.dataDir().resolve("log")) : LogStores.postgres(db);
    }

    /** A log keeps its origin for life: the configured one, else the one its key was made for, else the default. */
    private static LedgerConfig logConfig(PlatformConfig config) {
        Path logKey = config.dataDir().resolve("log.key");
        String origin = config.logOrigin()
                .or(() -> Ledger.existingOrigin(logKey))
                .orElseGet(config::defaultLogOrigin);
        return LedgerConfig.defaults(origin, logKey);
    }

    /** Libraries that log through java.util.logging (Lucene) go to the same log as everything else, not to stderr. */
    static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    int port() {
        return web.port();
    }

    /** Every HTTP route, as {@code "GET /path"}. */
    List<String> routes() {
        return web.routes();
    }

    /** The verifiable log, for commands that append to it or read it. */
    Ledger ledger() {
        return ledger;
    }

    /** Loads the Technology Transfer demo set with the operator's admin key; returns how many listings it published. */
    int loadTransferDemo(String operatorSecret) {
        return TransferDemo.load(transfer, admin, authenticator, operatorSecret);
    }

    /** Seeds the Anxi oolong journey with the operator's admin key, once; says where to open it. */
    AnxiOolongDemo.Loaded loadAnxiOolongDemo(String operatorSecret) {
        return anxiOolongDemo.load(operatorSecret);
    }

    /** The admin key file when this start created the platform's first admin key. */
    Optional<Path> newAdminKey() {
        return newAdminKey;
    }

    @Override
    public void close() {
        closeAll(opened);
    }

    private static <T extends AutoCloseable> T open(Deque<AutoCloseable> opened, T resource) {
        opened.push(resource);
        return resource;
    }

    /** Closes the newest first; the first failure is rethrown after every resource had its turn. */
    private static void closeAll(Deque<AutoCloseable> opened) {
        RuntimeException failure = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
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
