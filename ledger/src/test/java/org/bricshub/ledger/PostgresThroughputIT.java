package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sustained durable appends into PostgreSQL (fsync on) with the default batching: a quick figure, not a benchmark
 * (those live in the bench module). Prints appends per second until every future completed (durable) and until
 * integrated, and the CPU time per append of this JVM and of PostgreSQL, which does not depend on how busy the
 * shared machine is. Longer run: {@code mvn verify -Dit.test=PostgresThroughputIT -Dledger.throughput.entries=1500000}
 * (and {@code -Dledger.throughput.batch=N} for another batch size).
 */
class PostgresThroughputIT {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresThroughputIT.class);
    private static final int ENTRIES = Integer.getInteger("ledger.throughput.entries", 200_000);
    private static final int ENTRY_SIZE = 100;

    @TempDir
    Path data;

    @Test
    void append_sustained_allDurableAndIntegrated() throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(EmbeddedDatabase.fresh());
        pool.setMaximumPoolSize(4);
        HikariDataSource dataSource = new HikariDataSource(pool);
        long postmaster = postmasterPid(dataSource);
        TimedLogStore store = new TimedLogStore(LogStores.postgres(dataSource));
        LedgerConfig defaults = LedgerConfig.defaults("bench.bricshub.org/log", data.resolve("key"));
        LedgerConfig config = new LedgerConfig(defaults.origin(), defaults.keyFile(),
                Integer.getInteger("ledger.throughput.batch", defaults.maxBatchSize()), defaults.maxBatchDelay(),
                defaults.maxPendingAppends(), defaults.checkpointInterval());
        try (dataSource; Ledger ledger = Ledger.start(config, store)) {
            double jvmCpu = CpuClock.jvmSeconds();
            double postgresCpu = CpuClock.postgresSeconds(postmaster);
            long start = System.nanoTime();
            List<CompletableFuture<Long>> futures = new ArrayList<>(ENTRIES);
            for (int i = 0; i < ENTRIES; i++) {
                futures.add(appendRetryingWhenOverloaded(ledger, entry(i)));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get();
            long durable = System.nanoTime();
            ledger.checkpointCovering(ENTRIES - 1, Duration.ofMinutes(2)).orElseThrow();
            long integrated = System.nanoTime();

            double jvmMicros = (CpuClock.jvmSeconds() - jvmCpu) * 1e6 / ENTRIES;
            double postgresMicros = (CpuClock.postgresSeconds(postmaster) - postgresCpu) * 1e6 / ENTRIES;
            double durablePerSecond = ENTRIES / ((durable - start) / 1e9);
            double integratedPerSecond = ENTRIES / ((integrated - start) / 1e9);
            LOG.info("PostgreSQL ledger: {} entries of {} bytes: {} appends/s durable, {} appends/s integrated and"
                    + " checkpointed", ENTRIES, ENTRY_SIZE, Math.round(durablePerSecond),
                    Math.round(integratedPerSecond));
            System.out.printf("LEDGER-THROUGHPUT durable=%.0f/s integrated=%.0f/s entries=%d batch=%d; %s;"
                    + " CPU per append: JVM %.1f us, PostgreSQL %.1f us%n", durablePerSecond, integratedPerSecond,
                    ENTRIES, config.maxBatchSize(), store.report(), jvmMicros, postgresMicros);
            assertThat(ledger.treeSize()).isEqualTo(ENTRIES);
            assertThat(store.integratedSize()).isEqualTo(ENTRIES);
        }
    }

    private static long postmasterPid(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT setting FROM pg_settings WHERE name = 'data_directory'")) {
            row.next();
            return Long.parseLong(Files.readAllLines(Path.of(row.getString(1), "postmaster.pid")).get(0).trim());
        }
    }

    private static CompletableFuture<Long> appendRetryingWhenOverloaded(Ledger ledger, byte[] entry)
            throws InterruptedException {
        while (true) {
            CompletableFuture<Long> future = ledger.append(entry);
            if (!future.isCompletedExceptionally()) {
                return future;
            }
            try {
                future.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof LedgerException le && le.reason() == LedgerException.Reason.OVERLOADED)) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            Thread.sleep(1);
        }
    }

    private static byte[] entry(int i) {
        ByteBuffer buffer = ByteBuffer.allocate(ENTRY_SIZE);
        while (buffer.hasRemaining()) {
            buffer.put((byte) (i * 31 + buffer.position()));
        }
        return buffer.putInt(0, i).array();
    }
}
