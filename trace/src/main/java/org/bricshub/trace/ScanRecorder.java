package org.bricshub.trace;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bricshub.platform.batch.BatchWriter;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * Records scans without ever making a request wait for the database: {@link #record} offers the scan to a
 * {@link BatchWriter} and returns; its thread writes batches of up to {@value #BATCH} scans (gathering for up to
 * 50 ms under load) in one transaction and raises alerts. When the queue is full the scan is counted as dropped,
 * never waited for. Thread-safe. {@link #close()} writes what is queued, then stops.
 */
public final class ScanRecorder implements AutoCloseable {
    /** How long after a scan its page may report where it was. */
    public static final Duration PLACE_WINDOW = Duration.ofMinutes(10);
    static final int BATCH = 2_000;
    private static final Duration LINGER = Duration.ofMillis(50);

    /** Where batches go: the database in production; a discarding or slowed-down sink in benchmarks and tests. */
    public interface Sink {
        /** Writes one batch of scans and place reports (types internal to this package); may throw. */
        void write(List<?> batch);

        /** How many committed batches raised a far-apart alert so far. */
        default long farApartBatches() {
            return 0;
        }
    }

    private final BatchWriter<ScanWork> writer;
    private final Sink sink;
    private final Clock clock;

    ScanRecorder(Sink sink, Clock clock, int capacity) {
        this.sink = sink;
        this.clock = clock;
        this.writer = new BatchWriter<>("scan-writer", capacity, BATCH, LINGER, sink::write);
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
        return writer.offer(scan);
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
        return writer.offer(new ScanWork.PlaceReport(scanId, place, now));
    }

    /** Scans and place reports accepted, dropped, written and failed since start, and waiting now. */
    public BatchWriter.Counts counts() {
        return writer.counts();
    }

    /** Waits until every item accepted so far is written or failed; false on timeout. For tests and shutdown. */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        return writer.awaitWritten(timeout);
    }

    /** Publishes the counts as {@code bricshub.scans.*} meters. */
    public void bindTo(MeterRegistry registry) {
        writer.bindTo(registry, "bricshub.scans", "scans and place reports");
    }

    /** Stops accepting, writes what is queued (waiting up to ten seconds), and stops the writer. */
    @Override
    public void close() {
        writer.close();
    }
}
