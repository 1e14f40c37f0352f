package org.bricshub.bench;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.LogStores;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.InclusionProof;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.TreeHash;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inclusion proofs in a log of {@code leaves} entries on the filesystem tile store: generating a proof for a random
 * leaf from stored tiles (what {@code /api/log/proof/inclusion} does), and verifying one (what a phone does), against
 * the baseline of hashing one leaf. The log is built once (in the setup, outside the figures) and kept in
 * {@code $TMPDIR/bricshub-bench-log-<leaves>} for later runs.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.openjdk.jmh.Main InclusionProofBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class InclusionProofBenchmark {
    @Param("10000000")
    long leaves;

    private Path dir;
    private LogStore store;
    private Ledger ledger;
    private Hash root;
    private long size;
    private InclusionProof sampleProof;
    private Hash sampleLeaf;

    @Setup(Level.Trial)
    public void openLog() throws Exception {
        // Built once and kept in the temp folder: each benchmark method is a trial of its own.
        dir = Path.of(System.getProperty("java.io.tmpdir"), "bricshub-bench-log-" + leaves);
        Files.createDirectories(dir);
        store = LogStores.fileSystem(dir.resolve("log"));
        ledger = Ledger.start(LedgerConfig.defaults("bench.example/log", dir.resolve("log.key")), store);
        List<CompletableFuture<Long>> window = new ArrayList<>();
        for (long i = store.sequencedSize(); i < leaves; i++) {
            window.add(ledger.append(entry(i)));
            if (window.size() == 100_000) { // stay below the ledger's limit of waiting appends
                CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
                window.clear();
            }
        }
        CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(ledger.publishCheckpoint()).text());
        root = checkpoint.rootHash();
        size = checkpoint.size();
        long index = size / 3;
        sampleLeaf = TreeHash.leaf(entry(index));
        sampleProof = ledger.inclusionProof(index, size);
        sampleProof.verify(sampleLeaf, root);
        System.out.printf("%nlog of %d leaves; proof of %d hashes (%d bytes)%n", size, sampleProof.hashes().size(),
                sampleProof.hashes().size() * Hash.SIZE);
    }

    @TearDown(Level.Trial)
    public void closeLog() {
        ledger.close();
        store.close();
    }

    @Benchmark
    public InclusionProof generate() {
        return ledger.inclusionProof(ThreadLocalRandom.current().nextLong(size), size);
    }

    @Benchmark
    public Hash verify() {
        sampleProof.verify(sampleLeaf, root);
        return sampleLeaf;
    }

    @Benchmark
    public Hash baselineLeafHash() {
        return TreeHash.leaf(entry(7));
    }

    private static byte[] entry(long i) {
        return ByteBuffer.allocate(16).putLong(i).putLong(~i).array();
    }
}
