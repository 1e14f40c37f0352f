package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Ed25519;
import org.bricshub.merkle.EntryBundle;
import org.bricshub.merkle.LogVerificationException;
import org.bricshub.merkle.MerkleTree;
import org.bricshub.merkle.NoteSigner;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.TilePath;
import org.bricshub.merkle.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    private static final String ORIGIN = "test.bricshub.org/log";

    @TempDir
    Path data;

    private LedgerConfig config() {
        return new LedgerConfig(ORIGIN, data.resolve("log-key"), 64, Duration.ofMillis(2), 10_000,
                Duration.ofHours(1));
    }

    @Test
    void append_concurrently_givesEveryEntryOneIndexAndASignedCheckpointCoversThem() throws Exception {
        List<byte[]> entries = TreeEdgeTest.entries(0, 1000);
        try (Ledger ledger = Ledger.start(config(), new MemoryLogStore())) {
            List<CompletableFuture<Long>> futures = new ArrayList<>();
            entries.parallelStream().map(ledger::append).forEachOrdered(futures::add);
            MerkleTree reference = new MerkleTree();
            byte[][] byIndex = new byte[entries.size()][];
            for (int i = 0; i < futures.size(); i++) {
                byIndex[(int) (long) futures.get(i).get()] = entries.get(i);
            }
            for (byte[] entry : byIndex) {
                reference.appendEntry(entry);
            }
            byte[] note = ledger.checkpointCovering(999, Duration.ofSeconds(30)).orElseThrow();

            Checkpoint checkpoint = verified(note, ledger.verifierKey());
            assertThat(checkpoint.origin()).isEqualTo(ORIGIN);
            assertThat(checkpoint.size()).isEqualTo(1000);
            assertThat(checkpoint.rootHash()).isEqualTo(reference.root());
            assertThat(ledger.treeSize()).isEqualTo(1000);
            assertThat(ledger.latestCheckpoint()).isEqualTo(note);

            for (long index : new long[] {0, 1, 255, 256, 500, 999}) {
                ledger.inclusionProof(index, 1000).verify(TreeHash.leaf(byIndex[(int) index]), checkpoint.rootHash());
                assertThat(ledger.leafHash(index)).isEqualTo(TreeHash.leaf(byIndex[(int) index]));
            }
            ledger.consistencyProof(300, 1000).verify(reference.root(300), checkpoint.rootHash());
        }
    }

    @Test
    void read_servesTilesAndBundlesUpToTheCheckpointWidth() throws Exception {
        try (Ledger ledger = Ledger.start(config(), new MemoryLogStore())) {
            appendAll(ledger, TreeEdgeTest.entries(0, 300));
            ledger.checkpointCovering(299, Duration.ofSeconds(30)).orElseThrow();
            assertThat(ledger.read(TilePath.parse("tile/0/000"))).hasValueSatisfying(t -> assertThat(t).hasSize(8192));
            assertThat(ledger.read(TilePath.parse("tile/0/001.p/44"))).hasValueSatisfying(t -> assertThat(t).hasSize(44 * 32));
            assertThat(ledger.read(TilePath.parse("tile/0/001.p/10"))).hasValueSatisfying(t -> assertThat(t).hasSize(320));
            assertThat(ledger.read(TilePath.parse("tile/0/001.p/45"))).isEmpty();
            assertThat(ledger.read(TilePath.parse("tile/0/001"))).isEmpty();
            assertThat(ledger.read(TilePath.parse("tile/1/000.p/1"))).isPresent();
            byte[] bundle = ledger.read(TilePath.parse("tile/entries/001.p/44")).orElseThrow();
            assertThat(EntryBundle.decode(bundle).entries().get(43)).isEqualTo(TreeEdgeTest.entries(299, 1).get(0));
            assertThat(ledger.read(TilePath.parse("tile/entries/002.p/1"))).isEmpty();
        }
    }

    @Test
    void publishCosigned_latestCheckpointWithWitnessCosignature_servedWithIt() throws Exception {
        try (Ledger ledger = Ledger.start(config(), new MemoryLogStore())) {
            appendAll(ledger, TreeEdgeTest.entries(0, 10));
            byte[] note = ledger.checkpointCovering(9, Duration.ofSeconds(30)).orElseThrow();
            String witnessKey = NoteKeys.generateSignerKey("witness.example.org/w1");
            NoteSigner cosigner = NoteKeys.cosigner(witnessKey, Ed25519.jdk(), InstantSource.system());
            String cosigned = SignedNote.parse(note).withSignatures(List.of(cosigner)).format();

            ledger.publishCosigned(cosigned.getBytes(StandardCharsets.UTF_8));

            assertThat(new String(ledger.latestCheckpoint(), StandardCharsets.UTF_8)).isEqualTo(cosigned);
            assertThat(SignedNote.parse(ledger.latestCheckpoint()).signatures()).hasSize(2);
            String other = SignedNote.sign("other.org/log\n1\n" + TreeHash.EMPTY_ROOT.base64() + "\n",
                    List.of(cosigner)).format();
            assertThatThrownBy(() -> ledger.publishCosigned(other.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(LogVerificationException.class);
            String unsigned = new SignedNote(SignedNote.parse(note).text(),
                    SignedNote.parse(cosigned).signatures().subList(1, 2)).format();
            assertThatThrownBy(() -> ledger.publishCosigned(unsigned.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(LogVerificationException.class);
        }
    }

    @Test
    void inclusionProof_beyondCheckpoint_refused() {
        try (Ledger ledger = Ledger.start(config(), new MemoryLogStore())) {
            assertThatThrownBy(() -> ledger.inclusionProof(0, 1)).isInstanceOf(LedgerException.class)
                    .extracting(e -> ((LedgerException) e).reason()).isEqualTo(LedgerException.Reason.BEYOND_TREE_SIZE);
            assertThatThrownBy(() -> ledger.consistencyProof(0, 1)).isInstanceOf(LedgerException.class);
            assertThat(ledger.treeSize()).isZero();
        }
    }

    @Test
    void start_createsOwnerOnlyKeyFileAndReusesIt() throws Exception {
        String verifierKey;
        try (Ledger ledger = Ledger.start(config(), new MemoryLogStore())) {
            verifierKey = ledger.verifierKey();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("log-key"))))
                .isEqualTo("rw-------");
        assertThat(verifierKey).startsWith(ORIGIN + "+");
        try (Ledger ledger = Ledger.start(config(), new MemoryLogStore())) {
            assertThat(ledger.verifierKey()).isEqualTo(verifierKey);
        }
    }

    @Test
    void start_keyFileReadableByOthers_refused() throws Exception {
        Ledger.start(config(), new MemoryLogStore()).close();
        Files.setPosixFilePermissions(data.resolve("log-key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> Ledger.start(config(), new MemoryLogStore())).isInstanceOf(LogStoreException.class)
                .hasMessageContaining("0600");
    }

    @Test
    void start_afterCrashBeforeIntegration_integratesSequencedEntries() throws Exception {
        MemoryLogStore store = new MemoryLogStore();
        store.sequence(0, TreeEdgeTest.entries(0, 10));
        try (Ledger ledger = Ledger.start(config(), store)) {
            assertThat(ledger.treeSize()).isEqualTo(10);
            assertThat(ledger.append("next".getBytes(StandardCharsets.UTF_8)).get()).isEqualTo(10);
        }
        assertThat(store.integratedSize()).isEqualTo(11);
    }

    @Test
    void close_makesPendingAppendsDurableThenRefusesNewOnes() throws Exception {
        MemoryLogStore store = new MemoryLogStore();
        Ledger ledger = Ledger.start(config(), store);
        List<CompletableFuture<Long>> futures = appendAll(ledger, TreeEdgeTest.entries(0, 500));
        ledger.close();
        assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(store.integratedSize()).isEqualTo(500);
        assertThat(verified(store.readLatestCheckpoint().orElseThrow(), ledger.verifierKey()).size()).isEqualTo(500);
        assertThatThrownBy(() -> ledger.append(new byte[1]).get()).hasCauseInstanceOf(LedgerException.class);
    }

    @Test
    void append_tooLargeOrOverloaded_refusedWithReason() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        MemoryLogStore blocking = new MemoryLogStore() {
            @Override
            public synchronized void sequence(long firstIndex, List<byte[]> entries) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.sequence(firstIndex, entries);
            }
        };
        LedgerConfig small = new LedgerConfig(ORIGIN, data.resolve("log-key"), 2, Duration.ZERO, 4,
                Duration.ofHours(1));
        try (Ledger ledger = Ledger.start(small, blocking)) {
            assertThat(reasonOf(ledger.append(new byte[65536]))).isEqualTo(LedgerException.Reason.ENTRY_TOO_LARGE);
            List<CompletableFuture<Long>> accepted = new ArrayList<>();
            LedgerException.Reason refused = null;
            for (int i = 0; i < 20 && refused == null; i++) {
                CompletableFuture<Long> future = ledger.append(new byte[] {(byte) i});
                if (future.isCompletedExceptionally()) {
                    refused = reasonOf(future);
                } else {
                    accepted.add(future);
                }
            }
            assertThat(refused).isEqualTo(LedgerException.Reason.OVERLOADED);
            release.countDown();
            for (CompletableFuture<Long> future : accepted) {
                future.get();
            }
        }
    }

    private static LedgerException.Reason reasonOf(CompletableFuture<Long> future) {
        try {
            future.get();
            throw new AssertionError("expected a refusal");
        } catch (ExecutionException e) {
            return ((LedgerException) e.getCause()).reason();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static List<CompletableFuture<Long>> appendAll(Ledger ledger, List<byte[]> entries) {
        return entries.stream().map(ledger::append).toList();
    }

    static Checkpoint verified(byte[] note, String verifierKey) {
        SignedNote signed = SignedNote.parse(note);
        signed.verify(List.of(NoteKeys.verifier(verifierKey, Ed25519.jdk())));
        return Checkpoint.parse(signed.text());
    }
}
