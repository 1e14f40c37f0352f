package org.bricshub.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.bricshub.ledger.Ledger;
import org.bricshub.ledger.LedgerConfig;
import org.bricshub.ledger.LogStore;
import org.bricshub.ledger.LogStores;
import org.bricshub.merkle.TreeHash;
import org.bricshub.platform.db.Database;
import org.postgresql.PGConnection;

/**
 * Sustained durable appends to the verifiable log on PostgreSQL (fsync on), beside two baselines in the same JVM
 * and database: (1) the RFC 9162 leaf hash of the same entries alone, (2) COPY of the same bytes into a plain
 * table, committed in batches of the ledger's size. Entries are 100 bytes.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am package -DskipTests && java -cp "bench/target/classes:$(cat
 * bench/target/classpath.txt)" org.bricshub.bench.AppendThroughput [entries]}
 */
public final class AppendThroughput {
    private static final int BATCH = 8192;

    private AppendThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        byte[][] entries = new byte[n][];
        for (int i = 0; i < n; i++) {
            entries[i] = ByteBuffer.allocate(100).putLong(i).putLong(~(long) i).array();
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start()) {
            DataSource db = pg.getPostgresDatabase();
            Database.migrate(db);
            for (int r = 1; r <= 2; r++) { // the first round warms the JIT
                int round = r;
                System.out.printf("round %d, %,d entries of 100 bytes%n", round, n);
                report("baseline: SHA-256 leaf hashes alone", n, () -> hashAll(entries));
                report("baseline: COPY into PostgreSQL", n, () -> copyAll(db, entries, round));
                report("ledger: durable appends", n, () -> appendAll(db, entries, round));
            }
        }
    }

    private static void hashAll(byte[][] entries) {
        long x = 0;
        for (byte[] e : entries) {
            x += TreeHash.leaf(e).hashCode();
        }
        if (x == 42) {
            System.out.print(""); // keeps the loop from being optimised away
        }
    }

    private static void copyAll(DataSource db, byte[][] entries, int round) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table copy_baseline_" + round + " (idx bigint, entry bytea)");
            c.setAutoCommit(false);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            HexFormat hex = HexFormat.of();
            for (int from = 0; from < entries.length; from += BATCH) {
                ByteArrayOutputStream rows = new ByteArrayOutputStream();
                for (int i = from; i < Math.min(entries.length, from + BATCH); i++) {
                    rows.writeBytes((i + "\t\\\\x" + hex.formatHex(entries[i]) + "\n").getBytes());
                }
                copy.copyIn("copy copy_baseline_" + round + " from stdin", new ByteArrayInputStream(rows.toByteArray()));
                c.commit();
            }
        }
    }

    private static void appendAll(DataSource db, byte[][] entries, int round) throws Exception {
        Path dir = Files.createTempDirectory("bench-append");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate log_entry_bundle, log_tile, log_checkpoint; update log_size set size = 0");
        }
        LogStore store = LogStores.postgres(db);
        Ledger ledger = Ledger.start(LedgerConfig.defaults("bench.example/log", dir.resolve("log.key")), store);
        List<CompletableFuture<Long>> window = new ArrayList<>();
        for (byte[] e : entries) {
            window.add(ledger.append(e));
            if (window.size() == 50_000) {
                CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
                window.clear();
            }
        }
        CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
        ledger.close();
        store.close();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void report(String what, int n, Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  %-40s %,12.0f entries/s  (%.2f s)%n", what, n / seconds, seconds);
    }
}
