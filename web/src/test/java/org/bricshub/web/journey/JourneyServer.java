package org.bricshub.web.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bricshub.capture.Delegations;
import org.bricshub.capture.EventRepository;
import org.bricshub.i18n.Messages;
import org.bricshub.i18n.Vocabulary;
import org.bricshub.journey.AnxiScenario;
import org.bricshub.journey.JourneyLimits;
import org.bricshub.journey.Journeys;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStores;
import org.bricshub.ledger.witness.CosignatureCollector;
import org.bricshub.ledger.witness.Witness;
import org.bricshub.ledger.witness.WitnessEndpoint;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.resolver.KnownKeys;
import org.bricshub.resolver.Resolver;
import org.bricshub.trace.CodeAlert;
import org.bricshub.trace.CodeAlerts;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.ScanAnalytics;
import org.bricshub.trace.ScanRecorder;
import org.bricshub.trace.SerialKeys;
import org.bricshub.web.TestServer;
import org.bricshub.web.http.Callers;
import org.bricshub.web.http.JsonBodies;
import org.bricshub.web.log.LogRoutes;
import org.bricshub.web.pages.Pages;
import org.bricshub.web.resolver.LinkRoutes;
import org.bricshub.web.resolver.ResolverRoutes;
import org.bricshub.web.scans.ScanRecording;
import org.bricshub.web.scans.ScanRoutes;
import org.bricshub.web.witness.WitnessServer;

/**
 * A test server with the verifiable log, the capture, trace and journey services, the journey routes and the Anxi
 * scenario loaded; the alerts the page shows are whatever {@link #alerts} holds.
 */
final class JourneyServer implements AutoCloseable {
    static final String ITEM_PATH = "/journey/01/09506000000015/10/L1/21/S1";
    /** The item's Digital Link at the root, answered by the resolver, which records the scan. */
    static final String SCANNED_PATH = "/01/09506000000015/10/L1/21/S1";
    private static final String STEM = "https://codes.example.org";
    static final ObjectMapper JSON = new ObjectMapper();
    final TestServer t;
    Ledger ledger;
    AnxiScenario scenario;
    volatile Set<CodeAlert> alerts = Set.of();
    ScanRecorder scans;
    private Witness witness;
    private WitnessServer witnessServer;
    private CosignatureCollector cosigner;

    JourneyServer(Path dir) throws IOException {
        this(dir, false);
    }

    /** With {@code witnessed}, one witness cosigns every checkpoint and pages require its cosignature (quorum 1). */
    JourneyServer(Path dir, boolean witnessed) throws IOException {
        t = TestServer.start(dir.resolve("data"), 100_000, (db, authenticator) -> {
            ledger = Ledger.start(LedgerConfig.defaults("test.bricshub.org/log", dir.resolve("log.key")),
                    LogStores.postgres(db));
            LogTrust trust = new LogTrust(ledger.verifierKey(), List.of(), 0);
            if (witnessed) {
                witness = Witness.open(dir.resolve("witness"), "witness.test/w1", List.of(ledger.verifierKey()),
                        Clock.systemUTC());
                witnessServer = WitnessServer.start("127.0.0.1", 0, witness);
                cosigner = CosignatureCollector.attach(ledger, List.of(new WitnessEndpoint(witness.verifierKey(),
                        URI.create("http://127.0.0.1:" + witnessServer.port() + "/"))), 1, Duration.ofSeconds(10));
                trust = new LogTrust(ledger.verifierKey(), List.of(witness.verifierKey()), 1);
            }
            Delegations delegations = new Delegations(db, new AuditLog(db), Clock.systemUTC());
            EventRepository events = new EventRepository(db, ledger, Clock.systemUTC(), delegations);
            ProductCodes codes = new ProductCodes(db, Clock.systemUTC(), SerialKeys.openOrCreate(dir),
                    URI.create(STEM), 1_000);
            Journeys journeys = new Journeys(db, codes, new OrganisationStore(db), events, Vocabulary.load(),
                    Clock.systemUTC(), new JourneyLimits(8, 200, 1_000, Duration.ZERO, 1_000));
            scenario = AnxiScenario.load(db, codes, events, delegations);
            CodeAlerts codeAlerts = link -> alerts;
            JourneyPage page = new JourneyPage(new Pages(Messages.load()), Messages.load(), Vocabulary.load(), journeys,
                    codeAlerts, trust);
            Callers callers = new Callers(authenticator);
            JsonBodies bodies = new JsonBodies(JsonBodies.newMapper());
            Pages pages = new Pages(Messages.load());
            scans = ScanRecorder.start(db, codes, Clock.systemUTC(), 1_000);
            Resolver resolver = new Resolver(db, Clock.systemUTC(), URI.create(STEM), KnownKeys.of(codes));
            return List.of(new LogRoutes(ledger), new JourneyRoutes(page, journeys, callers, bodies, STEM),
                    new ScanRoutes(new ScanAnalytics(db, codes, Clock.systemUTC()), scans, callers, bodies, pages,
                            authenticator),
                    new LinkRoutes(resolver, callers, bodies),
                    new ResolverRoutes(resolver, page, new ScanRecording(scans, Clock.systemUTC(), Optional.empty()),
                            pages));  // last: its compressed-link route would shadow later single-segment routes
        });
    }

    /** A new key with this role for the organisation of the scenario named. */
    String key(String organisation, String role) {
        long org = scenario.parties.get(organisation).orgId();
        try {
            return JSON.readTree(t.postJson("/api/admin/orgs/" + org + "/keys", t.adminKey,
                    "{\"role\": \"" + role + "\"}").body()).get("key").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        t.close();
        scans.close();
        if (cosigner != null) {
            cosigner.close();
            witnessServer.close();
            witness.close();
        }
        ledger.close();
    }
}
