package org.bricshub.capture;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStores;
import org.bricshub.platform.TestDatabase;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.access.Role;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.org.NewOrganisation;
import org.bricshub.platform.org.OrganisationKind;
import org.bricshub.platform.org.OrganisationStore;

/** A fresh database, a verifiable log in it and the repository over both; organisations with admin keys. */
final class RepositoryFixture implements AutoCloseable {
    final DataSource ds = TestDatabase.fresh();
    private final Path keyFile;
    Ledger ledger;
    Delegations delegations;
    EventRepository repository;

    RepositoryFixture(Path dir) {
        keyFile = dir.resolve("log.key");
        startLedger();
    }

    private void startLedger() {
        ledger = Ledger.start(LedgerConfig.defaults("test.bricshub.org/log", keyFile), LogStores.postgres(ds));
        delegations = new Delegations(ds, new AuditLog(ds), Clock.systemUTC());
        repository = new EventRepository(ds, ledger, Clock.systemUTC(), delegations);
    }

    /** What a process restart does: the ledger recovers its own state first. */
    void restart() {
        ledger.close();
        startLedger();
    }

    @Override
    public void close() {
        ledger.close();
    }

    /** An admin key of a new organisation holding the prefix. */
    Principal principal(String name, OrganisationKind kind, String prefix) {
        return Transaction.run(ds, c -> {
            long org = new OrganisationStore(ds).create(c, new NewOrganisation(name, "CN", kind, List.of(prefix)),
                    Instant.now()).id();
            return new Principal(apiKey(c, org), org, kind, Role.ADMIN);
        });
    }

    long count(String table) {
        return Transaction.run(ds, c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static long apiKey(Connection c, long org) throws SQLException {
        byte[] hash = new byte[32];
        new SecureRandom().nextBytes(hash);
        try (PreparedStatement ps = c.prepareStatement(
                "insert into api_keys (org_id, role, key_hash, created_at) values (?, 'admin', ?, now()) returning id")) {
            ps.setLong(1, org);
            ps.setBytes(2, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
