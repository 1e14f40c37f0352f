package org.bricshub.web.epcis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.bricshub.capture.CaptureJobs;
import org.bricshub.capture.Delegations;
import org.bricshub.capture.EventRepository;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStores;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.web.TestServer;
import org.bricshub.web.api.Routes;
import org.bricshub.web.http.Callers;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test fixture, registered as {@code @RegisterExtension static final EpcisServer EPCIS = new EpcisServer(...)}: a
 * {@link TestServer} with an EPCIS repository over its database and a verifiable log, capture jobs, the routes the test
 * class serves, and organisations with admin keys. Started before the class's {@code @BeforeAll} methods; after its
 * tests the server, the capture jobs, what {@link #closesBeforeTheLog} was given, then the log are closed.
 */
final class EpcisServer implements BeforeAllCallback, AfterAllCallback {
    /** What a test's routes are built from. */
    record Parts(DataSource db, EventRepository events, Delegations delegations, CaptureJobs jobs, Callers callers) {}

    /** An organisation and the secret of its admin key. */
    record Organisation(long id, String key) {}

    private final List<AutoCloseable> beforeTheLog = new ArrayList<>();
    private final int captureWorkers;
    private final Function<Parts, List<Routes>> routes;
    private TestServer server;
    private Ledger ledger;
    private CaptureJobs jobs;

    /** A server whose {@code captureWorkers} capture jobs run at once, serving the routes built from its parts. */
    EpcisServer(int captureWorkers, Function<Parts, List<Routes>> routes) {
        this.captureWorkers = captureWorkers;
        this.routes = routes;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path dir = Files.createTempDirectory("bricshub-epcis");
        server = TestServer.start(dir.resolve("data"), 10_000, (db, authenticator) -> {
            ledger = Ledger.start(LedgerConfig.defaults("test.example/log", dir.resolve("log.key")),
                    LogStores.postgres(db));
            Delegations delegations = new Delegations(db, new AuditLog(db), Clock.systemUTC());
            EventRepository events = new EventRepository(db, ledger, Clock.systemUTC(), delegations);
            jobs = new CaptureJobs(events, captureWorkers, 4, Duration.ofSeconds(30));
            return routes.apply(new Parts(db, events, delegations, jobs, new Callers(authenticator)));
        });
    }

    TestServer server() {
        return server;
    }

    /** A new organisation of {@code kind} (as the admin API names it) holding {@code prefix}, with an admin key. */
    Organisation organisation(String name, String kind, String prefix) {
        long id = server.organisation(name, kind, prefix);
        return new Organisation(id, server.issueKey(id, "admin"));
    }

    /** Background work of the routes that must end before the log closes. */
    void closesBeforeTheLog(AutoCloseable work) {
        beforeTheLog.add(work);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
        jobs.close();
        for (AutoCloseable work : beforeTheLog) {
            work.close();
        }
        ledger.close();
    }
}
