package org.bricshub.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.LogStores;
import org.bricshub.platform.db.Database;

/**
 * Latency from {@code append} to (a) the entry being durable and (b) the entry being covered by a published, signed
 * checkpoint published on the ledger's interval (not one forced for the entry), at a steady offered rate, on the PostgreSQL store (fsync on) with the default ledger settings
 * (batches of up to 8,192 or 10 ms, a checkpoint every second). Prints p50, p99 and max of both.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.bricshub.bench.CheckpointLatency [rate/s] [seconds]}
 */
public final class CheckpointLatency {
    private CheckpointLatency() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path dir = Files.createTempDirectory("bench-latency");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start()) {
            DataSource db = pg.getPostgresDatabase();
            Database.migrate(db);
            LogStore store = LogStores.postgres(db);
            Ledger ledger = Ledger.start(LedgerConfig.defaults("bench.example/log", dir.resolve("log.key")), store);
            ConcurrentLinkedQueue<Long> durable = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> checkpointed = new ConcurrentLinkedQueue<>();
            List<CompletableFuture<?>> samples = new ArrayList<>();
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (long i = 0; i < (long) rate * seconds; i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(Math.max(1_000, due - System.nanoTime()));
                }
                long t0 = System.nanoTime();
                CompletableFuture<Long> f = ledger.append(ByteBuffer.allocate(100).putLong(i).array());
                if (i % 100 == 0) { // sample 1% of the entries
                    samples.add(f.thenAcceptAsync(index -> {
                        durable.add(System.nanoTime() - t0);
                        while (ledger.treeSize() <= index) { // the interval publication, not an on-demand one
                            LockSupport.parkNanos(200_000);
                        }
                        checkpointed.add(System.nanoTime() - t0);
                    }, command -> Thread.ofVirtual().start(command)));
                }
            }
            CompletableFuture.allOf(samples.toArray(CompletableFuture[]::new)).join();
            System.out.printf("offered %d appends/s for %d s, achieved %.0f/s%n", rate, seconds,
                    (double) rate * seconds / ((System.nanoTime() - start) / 1e9));
            print("append -> durable", durable);
            print("append -> in a signed checkpoint", checkpointed);
            ledger.close();
            store.close();
        }
    }

    private static void print(String what, ConcurrentLinkedQueue<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-34s n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
