package org.bricshub.trace;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.bricshub.platform.problem.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records scans without ever making a request wait for the database: {@link #record} offers the scan to a bounded,
 * lock-free queue and returns; one background thread drains the queue in batches of up to {@value #BATCH} (looking
 * every few milliseconds when idle, and under load letting a batch gather for up to {@code LINGER} after the last
 * write), writes them in one transaction and raises alerts. When the queue is full the
 * scan is counted as dropped, never waited for. Thread-safe. {@link #close()} writes what is queued, then stops.
 */
public final class ScanRecorder implements AutoCloseable {
    /** How long after a scan its page may report where it was. */
    public static final Duration PLACE_WINDOW = Duration.ofMinutes(10);
    static final int BATCH = 2_000;
    private static final Duration IDLE = Duration.ofMillis(5);
    /** A batch waits this long for company: the per-transaction cost then spreads over many scans under load. */
    private static final Duration LINGER = Duration.ofMillis(50);
    private static final Logger LOG = LoggerFactory.getLogger(ScanRecorder.class);

    /** Where batches go: the database in production; a discarding or slowed-down sink in benchmarks and tests. */
    public interface Sink {
        /** Writes one batch of scans and place reports (types internal to this package); may throw. */
        void write(List<?> batch);

        /** How many committed batches raised a far-apart alert so far. */
        default long farApartBatches() {
            return 0;
        }
    }

    /** Counts since start: accepted into the queue, dropped (queue full or closed), written, failed to write. */
    public record Counts(long accepted, long dropped, long written, long failed, int queued) {
    }

    /** Lock-free: request threads never contend for a lock with each other or with the writer. */
    private final Queue<ScanWork> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int capacity;
    private final Sink sink;
    private final Clock clock;
    private final LongAdder accepted = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder written = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Thread writer;
    private volatile boolean closing;

    ScanRecorder(Sink sink, Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.sink = sink;
        this.clock = clock;
        this.writer = Thread.ofPlatform().name("scan-writer").daemon().start(this::drain);
    }

    /** Starts a recorder writing to the database, checking codes with {@code codes}; {@code capacity} scans may wait. */
    public static ScanRecorder start(DataSource db, ProductCodes codes, Clock clock, int capacity) {
        return new ScanRecorder(new ScanStore(db, codes), clock, capacity);
    }

    /** Starts a recorder writing to {@code sink}: for benchmarks of the request-thread cost. */
    public static ScanRecorder start(Sink sink, Clock clock, int capacity) {
        return new ScanRecorder(sink, clock, capacity);
    }

    /** Counts the written batches that raised a far-apart alert: cached alerts stamped with it are current. */
    public long farApartBatches() {
        return sink.farApartBatches();
    }

    /** Queues a scan; returns at once, false when it was dropped because the queue is full or the recorder closed. */
    public boolean record(Scan scan) {
        return offer(scan);
    }

    /**
     * Queues the coarse place of an earlier scan; it is stored when that scan was recorded and has no place yet.
     *
     * @throws InvalidInputException (scanId) when the scan is older than {@link #PLACE_WINDOW} or in the future
     */
    public boolean reportPlace(UUID scanId, ScanPlace place) {
        Instant now = clock.instant();
        Instant scanned = Scan.timeOf(scanId);
        if (scanned.isAfter(now.plusSeconds(5)) || scanned.isBefore(now.minus(PLACE_WINDOW))) {
            throw new InvalidInputException("scanId", "must name a scan of the last "
                    + PLACE_WINDOW.toMinutes() + " minutes");
        }
        return offer(new ScanWork.PlaceReport(scanId, place, now));
    }

    private boolean offer(ScanWork work) {
        if (!closing) {
            if (queued.incrementAndGet() <= capacity) {
                queue.offer(work);
                accepted.increment();
                return true;
            }
            queued.decrementAndGet();
        }
        dropped.increment();
        return false;
    }

    public Counts counts() {
        return new Counts(accepted.sum(), dropped.sum(), written.sum(), failed.sum(), queued.get());
    }

    /** Waits until every item accepted so far is written or failed; false on timeout. For tests and shutdown. */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        long target = accepted.sum();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written.sum() + failed.sum() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    /** Publishes the counts as {@code bricshub.scans.*} meters. */
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("bricshub.scans.accepted", accepted, LongAdder::sum)
                .description("scans and place reports queued for writing").register(registry);
        FunctionCounter.builder("bricshub.scans.dropped", dropped, LongAdder::sum)
                .description("scans and place reports dropped because the queue was full").register(registry);
        FunctionCounter.builder("bricshub.scans.written", written, LongAdder::sum).register(registry);
        FunctionCounter.builder("bricshub.scans.failed", failed, LongAdder::sum)
                .description("scans and place reports lost to a failed write").register(registry);
        Gauge.builder("bricshub.scans.queued", queued, AtomicInteger::get).register(registry);
    }

    /**
     * Drains without ever blocking on the queue: a producer's offer then never has a parked consumer to wake (a
     * futex call per scan), and an idle writer looks again after {@link #IDLE}.
     */
    private void drain() {
        List<ScanWork> batch = new ArrayList<>(BATCH);
        long lastWrite = System.nanoTime();
        while (true) {
            int polled = 0;
            for (ScanWork work; batch.size() < BATCH && (work = queue.poll()) != null; polled++) {
                batch.add(work);
            }
            queued.addAndGet(-polled);
            boolean due = batch.size() >= BATCH || closing || System.nanoTime() - lastWrite >= LINGER.toNanos();
            if (batch.isEmpty() || !due) {
                if (closing) {
                    return;
                }
                LockSupport.parkNanos(IDLE.toNanos());
                continue;
            }
            lastWrite = System.nanoTime();
            try {
                sink.write(batch);
                written.add(batch.size());
            } catch (RuntimeException e) {
                failed.add(batch.size());
                LOG.warn("scan batch of {} items not written: {}", batch.size(), e.toString());
            }
            batch.clear();
        }
    }

    /** Stops accepting, writes what is queued (waiting up to ten seconds), and stops the writer. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
