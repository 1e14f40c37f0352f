package org.bricshub.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bricshub.capture.StoredEvents;
import org.bricshub.ledger.BouncyCastleEd25519;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.SignerKeyFile;
import org.bricshub.ledger.audit.AuditReport;
import org.bricshub.ledger.audit.LogAudit;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.NoteVerifier;
import org.bricshub.platform.config.PlatformConfig;
import org.bricshub.platform.db.DataFolderLock;
import org.bricshub.platform.db.Database;
import org.bricshub.platform.db.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bricshub audit}: recomputes the verifiable log from its stored entries and checks every stored tile and
 * checkpoint against it ({@link LogAudit}); exits non-zero naming the first mismatch.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check the stored verifiable log: entries, tiles, checkpoint signatures and roots.")
final class AuditCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options;

    @Option(names = "--log-key", paramLabel = "VKEY",
            description = "Log verifier key to check checkpoints with, repeatable (default: the key in DATA/log.key).")
    List<String> logKeys = new ArrayList<>();

    @Override
    public Integer call() {
        PlatformConfig config = options.resolve();
        List<NoteVerifier> keys = verifiers(config);
        // The embedded database lives in the data folder and only one process may run it.
        DataFolderLock lock = config.dbUrl().isPresent() ? null : lockOrExplain(config);
        try (Database database = Database.open(config, null);
             LogStore store = Server.openLogStore(config, database.dataSource())) {
            AuditReport report = LogAudit.run(store, keys, List.of(new StoredEvents(database.dataSource())));
            System.out.printf("audit passed: %d entries, %d tiles, %d checkpoints, %d records%n", report.entries(),
                    report.tiles(), report.checkpoints(), report.records());
            return 0;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private List<NoteVerifier> verifiers(PlatformConfig config) {
        List<String> vkeys = new ArrayList<>(logKeys);
        if (vkeys.isEmpty()) {
            vkeys.add(NoteKeys.verifierKeyOf(SignerKeyFile.read(config.dataDir().resolve("log.key")),
                    BouncyCastleEd25519.INSTANCE));
        }
        return vkeys.stream().map(k -> NoteKeys.verifier(k, BouncyCastleEd25519.INSTANCE)).toList();
    }

    private static DataFolderLock lockOrExplain(PlatformConfig config) {
        try {
            return DataFolderLock.acquire(config.dataDir());
        } catch (DatabaseException e) {
            throw new CliException("the audit opens the embedded database in " + config.dataDir()
                    + " itself, and a server is running on it: stop the server first (or audit an external database"
                    + " with --set db.url=...). " + e.getMessage());
        }
    }
}
