package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.ConsistencyProof;
import org.bricshub.merkle.InclusionProof;
import org.bricshub.merkle.MerkleTree;
import org.bricshub.merkle.TreeHash;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Kills a process appending to a ledger with SIGKILL, then restarts the ledger on its store: every entry whose
 * append was acknowledged is in the log at its index, no entry is in it twice, and integration catches up to all
 * that was sequenced.
 */
class CrashRecoveryIT {

    private static final int ACKS_BEFORE_KILL = 1500;

    enum Driver {
        FILE_SYSTEM, POSTGRES
    }

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Driver.class)
    void kill9_whileAppending_restartKeepsEveryAcknowledgedEntryOnceAndInOrder(Driver driver) throws Exception {
        Path keyFile = temp.resolve("log-key");
        String location;
        Supplier<LogStore> reopen;
        if (driver == Driver.FILE_SYSTEM) {
            Path directory = Files.createDirectories(temp.resolve("log"));
            location = directory.toString();
            reopen = () -> LogStores.fileSystem(directory);
        } else {
            PGSimpleDataSource dataSource = (PGSimpleDataSource) EmbeddedDatabase.fresh();
            location = dataSource.getURL();
            reopen = () -> LogStores.postgres(dataSource);
        }

        Map<Long, Long> acknowledged = runAndKill(driver == Driver.FILE_SYSTEM ? "fs" : "pg", location, keyFile);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        try (LogStore store = reopen.get()) {
            String verifierKey;
            Map<Long, InclusionProof> proofs = new HashMap<>();
            ConsistencyProof consistency;
            try (Ledger ledger = Ledger.start(LedgerConfig.defaults("crash.bricshub.org/log", keyFile), store)) {
                verifierKey = ledger.verifierKey();
                long treeSize = ledger.treeSize();
                for (long index : new long[] {0, 255, 256, treeSize / 2, treeSize - 1}) {
                    proofs.put(index, ledger.inclusionProof(index, treeSize));
                }
                consistency = ledger.consistencyProof(treeSize / 3, treeSize);
            }
            long size = store.sequencedSize();
            assertThat(store.integratedSize()).isEqualTo(size);
            List<byte[]> entries = store.readEntries(0, (int) size);
            assertThat(entries).hasSize((int) size);
            acknowledged.forEach((index, n) ->
                    assertThat(entries.get((int) (long) index)).as("entry at %d", index)
                            .isEqualTo(AppendingProcess.entry(n)));
            Set<String> distinct = new HashSet<>();
            MerkleTree reference = new MerkleTree();
            for (byte[] entry : entries) {
                assertThat(distinct.add(new String(entry, StandardCharsets.UTF_8))).as("no duplicate").isTrue();
                reference.appendEntry(entry);
            }
            Checkpoint checkpoint = LedgerTest.verified(store.readLatestCheckpoint().orElseThrow(), verifierKey);
            assertThat(checkpoint.size()).isEqualTo(size);
            assertThat(checkpoint.rootHash()).isEqualTo(reference.root());
            // Proofs come from the tiles the driver stored.
            proofs.forEach((index, proof) -> proof.verify(TreeHash.leaf(entries.get((int) (long) index)),
                    checkpoint.rootHash()));
            consistency.verify(reference.root(consistency.fromSize()), checkpoint.rootHash());
        }
    }

    // Runs AppendingProcess until it acknowledged enough appends, kills it with SIGKILL, returns index -> entry.
    private static Map<Long, Long> runAndKill(String driver, String location, Path keyFile) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AppendingProcess.class.getName(), driver, location, keyFile.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, Long> acknowledged = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && System.nanoTime() < deadline
                    && (line = lines.readLine()) != null) {
                String[] parts = line.split(" ");
                acknowledged.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            }
        } finally {
            // SIGKILL on Linux: no shutdown hooks, no close(); appends in flight are cut off mid-write.
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        return acknowledged;
    }
}
