package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.bricshub.ledger.audit.AuditException;
import org.bricshub.ledger.audit.AuditReport;
import org.bricshub.ledger.audit.LogAudit;
import org.bricshub.ledger.audit.StoredRecords;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.NoteVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit against a log in real PostgreSQL, untouched and tampered with. */
class LogAuditIT {
    private static final String ORIGIN = "audit.example/log";
    private static final int ENTRIES = 300;

    @TempDir
    Path data;

    private DataSource db;
    private List<NoteVerifier> logKeys;

    @BeforeEach
    void fillLog() throws Exception {
        db = EmbeddedDatabase.fresh();
        LedgerConfig config = new LedgerConfig(ORIGIN, data.resolve("log.key"), 64, Duration.ofMillis(2), 10_000,
                Duration.ofHours(1));
        try (LogStore store = LogStores.postgres(db); Ledger ledger = Ledger.start(config, store)) {
            // Three rounds of appends in flight, a checkpoint after each: several checkpoints to check.
            for (int round = 0; round < 3; round++) {
                List<CompletableFuture<Long>> appended = new ArrayList<>();
                for (int i = round * 100; i < (round + 1) * 100; i++) {
                    appended.add(ledger.append(entry(i)));
                }
                long last = appended.stream().mapToLong(CompletableFuture::join).max().orElseThrow();
                assertThat(ledger.checkpointCovering(last, Duration.ofSeconds(10))).isPresent();
            }
            logKeys = List.of(NoteKeys.verifier(ledger.verifierKey(), BouncyCastleEd25519.INSTANCE));
        }
    }

    @Test
    void run_untouchedLog_checksEntriesTilesCheckpointsAndRecords() {
        try (LogStore store = LogStores.postgres(db)) {
            AuditReport report = LogAudit.run(store, logKeys, List.of(records(-1)));

            assertThat(report.entries()).isEqualTo(ENTRIES);
            assertThat(report.checkpoints()).isGreaterThanOrEqualTo(3);
            assertThat(report.tiles()).isEqualTo(3); // 0/0, 0/1.p/44, 1/0.p/1
            assertThat(report.records()).isEqualTo(ENTRIES);
        }
    }

    @Test
    void run_entryAlteredInTheDatabase_namesItsIndex() throws Exception {
        // Bundle 0 holds uint16-length-prefixed entries of equal length: flip one byte of entry 5.
        int offset = 5 * (2 + entry(0).length) + 2 + 3;
        execute("UPDATE log_entry_bundle SET entries = set_byte(entries, " + offset + ", get_byte(entries, " + offset
                + ") # 1) WHERE idx = 0");
        try (LogStore store = LogStores.postgres(db)) {
            assertThatThrownBy(() -> LogAudit.run(store, logKeys, List.of()))
                    .isInstanceOf(AuditException.class).hasMessageStartingWith("entry 5 does not match");
        }
    }

    @Test
    void run_checkpointByAnotherKeyOrRecordAltered_fails() throws Exception {
        List<NoteVerifier> otherKey = List.of(NoteKeys.verifier(NoteKeys.verifierKeyOf(
                NoteKeys.generateSignerKey(ORIGIN), BouncyCastleEd25519.INSTANCE), BouncyCastleEd25519.INSTANCE));
        try (LogStore store = LogStores.postgres(db)) {
            assertThatThrownBy(() -> LogAudit.run(store, otherKey, List.of()))
                    .isInstanceOf(AuditException.class).hasMessageStartingWith("checkpoint ");
            assertThatThrownBy(() -> LogAudit.run(store, logKeys, List.of(records(42))))
                    .isInstanceOf(AuditException.class)
                    .hasMessage("test records: the record at leaf 42 no longer hashes to its log entry");
        }
    }

    private static StoredRecords records(long altered) {
        return new StoredRecords() {
            @Override
            public String name() {
                return "test records";
            }

            @Override
            public void forEach(Sink sink) {
                for (int i = 0; i < ENTRIES; i++) {
                    sink.accept(i, i == altered ? entry(i + 1) : entry(i));
                }
            }
        };
    }

    private static byte[] entry(int i) {
        return String.format("entry %06d", i).getBytes(StandardCharsets.UTF_8);
    }

    private void execute(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).isEqualTo(1);
        }
    }
}
