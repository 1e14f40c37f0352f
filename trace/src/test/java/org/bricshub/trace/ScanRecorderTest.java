package org.bricshub.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bricshub.i18n.Language;
import org.bricshub.platform.batch.BatchWriter;
import org.bricshub.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScanRecorderTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A sink that holds the writer inside its first batch until released, and counts what it was given. */
    private static final class GatedSink implements ScanRecorder.Sink {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicLong items = new AtomicLong();

        @Override
        public void write(List<?> batch) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            items.addAndGet(batch.size());
        }
    }

    private static Scan scan(long n) {
        return new Scan(Scan.newId(NOW, n), NOW, "09506000134352", Optional.of("L1"), Optional.of(Long.toString(n)),
                LanguageAsked.of(Language.EN), Optional.empty());
    }

    @Test
    void record_writerBlocked_returnsAtOnceAndLosesNothing() throws Exception {
        GatedSink sink = new GatedSink();
        try (ScanRecorder recorder = new ScanRecorder(sink, CLOCK, 10_000)) {
            long start = System.nanoTime();
            for (int i = 0; i < 5_000; i++) {
                assertThat(recorder.record(scan(i))).isTrue();
            }
            // 5,000 offers while the "database" does not answer: bounded by queue work, not by any write.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(sink.items.get()).isZero();
            sink.release.countDown();
            assertThat(recorder.awaitWritten(Duration.ofSeconds(10))).isTrue();
            assertThat(sink.items.get()).isEqualTo(5_000);
            assertThat(recorder.counts()).isEqualTo(new BatchWriter.Counts(5_000, 0, 5_000, 0, 0));
        }
    }

    @Test
    void record_queueFull_dropsAndCountsInsteadOfWaiting() throws Exception {
        GatedSink sink = new GatedSink();
        try (ScanRecorder recorder = new ScanRecorder(sink, CLOCK, 10)) {
            recorder.record(scan(0));
            assertThat(sink.entered.await(5, TimeUnit.SECONDS)).isTrue();  // the writer holds item 0
            int accepted = 0;
            for (int i = 1; i <= 15; i++) {
                accepted += recorder.record(scan(i)) ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(10);
            assertThat(recorder.counts().dropped()).isEqualTo(5);
            assertThat(recorder.counts().queued()).isEqualTo(10);
            sink.release.countDown();
            assertThat(recorder.awaitWritten(Duration.ofSeconds(10))).isTrue();
            assertThat(recorder.counts()).isEqualTo(new BatchWriter.Counts(11, 5, 11, 0, 0));
        }
    }

    @Test
    void record_fromManyThreads_everyScanReachesTheSink() throws Exception {
        AtomicLong items = new AtomicLong();
        try (ScanRecorder recorder = new ScanRecorder(batch -> items.addAndGet(batch.size()), CLOCK, 100_000)) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int base = t * 10_000;
                threads[t] = Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        recorder.record(scan(base + i));
                    }
                });
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(recorder.awaitWritten(Duration.ofSeconds(20))).isTrue();
            assertThat(items.get()).isEqualTo(40_000);
            assertThat(recorder.counts().dropped()).isZero();
        }
    }

    @Test
    void record_sinkFails_countsTheLossAndKeepsGoing() throws Exception {
        AtomicLong calls = new AtomicLong();
        ScanRecorder.Sink failingOnce = batch -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalStateException("database down");
            }
        };
        try (ScanRecorder recorder = new ScanRecorder(failingOnce, CLOCK, 100)) {
            recorder.record(scan(1));
            assertThat(recorder.awaitWritten(Duration.ofSeconds(5))).isTrue();
            recorder.record(scan(2));
            assertThat(recorder.awaitWritten(Duration.ofSeconds(5))).isTrue();
            assertThat(recorder.counts().failed()).isEqualTo(1);
            assertThat(recorder.counts().written()).isEqualTo(1);
        }
    }

    @Test
    void close_writesWhatIsQueuedThenRefuses() {
        AtomicLong items = new AtomicLong();
        ScanRecorder recorder = new ScanRecorder(batch -> items.addAndGet(batch.size()), CLOCK, 1_000);
        for (int i = 0; i < 300; i++) {
            recorder.record(scan(i));
        }
        recorder.close();
        assertThat(items.get()).isEqualTo(300);
        assertThat(recorder.record(scan(301))).isFalse();
        assertThat(recorder.counts().dropped()).isEqualTo(1);
    }

    @Test
    void reportPlace_withinTheWindow_isQueued() {
        AtomicLong items = new AtomicLong();
        try (ScanRecorder recorder = new ScanRecorder(batch -> items.addAndGet(batch.size()), CLOCK, 10)) {
            UUID id = Scan.newId(NOW.minus(Duration.ofMinutes(9)), 42);
            assertThat(recorder.reportPlace(id, ScanPlace.rounded(24.48, 118.09))).isTrue();
        }
        assertThat(items.get()).isEqualTo(1);
    }

    @Test
    void reportPlace_tooLateOrInTheFuture_isRefusedNamingScanId() {
        try (ScanRecorder recorder = new ScanRecorder(batch -> { }, CLOCK, 10)) {
            for (Instant at : List.of(NOW.minus(Duration.ofMinutes(11)), NOW.plus(Duration.ofMinutes(1)),
                    Instant.EPOCH)) {
                assertThatThrownBy(() -> recorder.reportPlace(Scan.newId(at, 1), ScanPlace.rounded(0, 0)))
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("scanId");
            }
            assertThat(recorder.counts().accepted()).isZero();
        }
    }
}
