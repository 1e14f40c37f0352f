package org.bricshub.journey;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.bricshub.capture.Delegations;
import org.bricshub.capture.EventRepository;
import org.bricshub.i18n.Vocabulary;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStores;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.org.OrganisationStore;
import org.bricshub.trace.ProductCodes;
import org.bricshub.trace.SerialKeys;

/** A fresh database with a verifiable log, the capture, trace and journey services over it. */
final class JourneyFixture implements AutoCloseable {
    static final String STEM = "https://codes.example.org";
    final DataSource db = TestDatabase.fresh();
    final Ledger ledger;
    final EventRepository events;
    final Delegations delegations;
    final ProductCodes codes;

    JourneyFixture(Path dir) {
        ledger = Ledger.start(LedgerConfig.defaults("test.bricshub.org/log", dir.resolve("log.key")),
                LogStores.postgres(db));
        delegations = new Delegations(db, new AuditLog(db), Clock.systemUTC());
        events = new EventRepository(db, ledger, Clock.systemUTC(), delegations);
        codes = new ProductCodes(db, Clock.systemUTC(), SerialKeys.openOrCreate(dir), URI.create(STEM), 1_000_000);
    }

    Journeys journeys(JourneyLimits limits) {
        return new Journeys(db, codes, new OrganisationStore(db), events, Vocabulary.load(), Clock.systemUTC(), limits);
    }

    /** No cache reuse across a change: every call reads the stamp. */
    static JourneyLimits fresh() {
        return new JourneyLimits(8, 200, 1_000, Duration.ZERO, 1_000);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
