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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
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
    private static final int ENTRIES = Integer.getInteger("ledger.throughput.entries", 100_000);
    private static final int ENTRY_SIZE = 100;
    private static final int IN_FLIGHT = 50_000;

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
            double ledgerCpu = CpuClock.threadSeconds("ledger-");
            double postgresCpu = CpuClock.postgresSeconds(postmaster);
            long start = System.nanoTime();
            // Like many clients at once: a bounded window of appends in flight, each released when durable.
            Semaphore window = new Semaphore(IN_FLIGHT);
            CountDownLatch durableAll = new CountDownLatch(ENTRIES);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            for (int i = 0; i < ENTRIES; i++) {
                window.acquire();
                appendRetryingWhenOverloaded(ledger, entry(i)).whenComplete((index, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                    window.release();
                    durableAll.countDown();
                });
            }
            durableAll.await();
            assertThat(failure.get()).isNull();
            long durable = System.nanoTime();
            ledger.checkpointCovering(ENTRIES - 1, Duration.ofMinutes(2)).orElseThrow();
            long integrated = System.nanoTime();

            double jvmMicros = (CpuClock.jvmSeconds() - jvmCpu) * 1e6 / ENTRIES;
            double ledgerMicros = (CpuClock.threadSeconds("ledger-") - ledgerCpu) * 1e6 / ENTRIES;
            double postgresMicros = (CpuClock.postgresSeconds(postmaster) - postgresCpu) * 1e6 / ENTRIES;
            double durablePerSecond = ENTRIES / ((durable - start) / 1e9);
            double integratedPerSecond = ENTRIES / ((integrated - start) / 1e9);
            LOG.info("PostgreSQL ledger: {} entries of {} bytes: {} appends/s durable, {} appends/s integrated and"
                    + " checkpointed", ENTRIES, ENTRY_SIZE, Math.round(durablePerSecond),
                    Math.round(integratedPerSecond));
            System.out.printf("LEDGER-THROUGHPUT durable=%.0f/s integrated=%.0f/s entries=%d batch=%d; %s;"
                    + " CPU per append: JVM %.1f us (ledger threads %.1f us), PostgreSQL %.1f us%n", durablePerSecond,
                    integratedPerSecond, ENTRIES, config.maxBatchSize(), store.report(), jvmMicros, ledgerMicros,
                    postgresMicros);
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
        byte[] entry = new byte[ENTRY_SIZE];
        java.util.Arrays.fill(entry, (byte) i);
        return ByteBuffer.wrap(entry).putInt(0, i).putInt(ENTRY_SIZE - 4, i * 31).array();
    }
}
