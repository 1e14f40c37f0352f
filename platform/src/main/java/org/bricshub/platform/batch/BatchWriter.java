package org.bricshub.platform.batch;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands items from request threads to one background thread that writes them in batches, so that a request never
 * waits for a write. {@link #offer} puts the item on a bounded, lock-free queue and returns; when the queue is full
 * the item is counted as dropped, never waited for. The writer drains up to {@code maxBatch} items at a time; under
 * load it lets a batch gather for {@code linger} after its last write (so a transaction or a system call is shared
 * by many items), while an item arriving at an idle writer is written at once. A batch whose write throws is
 * counted as failed and logged; the writer goes on. Thread-safe.
 *
 * @param <T> the items
 */
public final class BatchWriter<T> implements AutoCloseable {
    private static final Duration IDLE = Duration.ofMillis(5);
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    /** Counts since start: accepted into the queue, dropped (queue full or closed), written, failed to write. */
    public record Counts(long accepted, long dropped, long written, long failed, int queued) {
    }

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final String name;
    private final int capacity;
    private final int maxBatch;
    private final long lingerNanos;
    private final Consumer<List<T>> sink;
    private final LongAdder accepted = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder written = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Thread writer;
    private volatile boolean closing;

    /**
     * Starts the writer thread, named {@code name}.
     *
     * @param capacity how many items may wait
     * @param sink     writes one batch (called on the writer thread only; the list is reused after it returns)
     */
    public BatchWriter(String name, int capacity, int maxBatch, Duration linger, Consumer<List<T>> sink) {
        if (capacity < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("capacity and maxBatch must be at least 1: " + capacity + ", " + maxBatch);
        }
        this.name = name;
        this.capacity = capacity;
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        this.sink = sink;
        this.writer = Thread.ofPlatform().name(name).daemon().start(this::drain);
    }

    /** Queues an item; returns at once, false when it was dropped because the queue is full or the writer closed. */
    public boolean offer(T item) {
        if (!closing) {
            if (queued.incrementAndGet() <= capacity) {
                queue.offer(item);
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

    /** Publishes the counts as {@code <prefix>.accepted|dropped|written|failed|queued}; {@code what} names the items. */
    public void bindTo(MeterRegistry registry, String prefix, String what) {
        FunctionCounter.builder(prefix + ".accepted", accepted, LongAdder::sum)
                .description(what + " queued for writing").register(registry);
        FunctionCounter.builder(prefix + ".dropped", dropped, LongAdder::sum)
                .description(what + " dropped because the queue was full").register(registry);
        FunctionCounter.builder(prefix + ".written", written, LongAdder::sum)
                .description(what + " written").register(registry);
        FunctionCounter.builder(prefix + ".failed", failed, LongAdder::sum)
                .description(what + " lost to a failed write").register(registry);
        Gauge.builder(prefix + ".queued", queued, AtomicInteger::get)
                .description(what + " waiting to be written").register(registry);
    }

    /**
     * Drains without ever blocking on the queue: a producer's offer then never has a parked consumer to wake (a
     * futex call per item), and an idle writer looks again after {@link #IDLE}.
     */
    private void drain() {
        List<T> batch = new ArrayList<>(Math.min(maxBatch, 4096));
        long lastWrite = System.nanoTime() - lingerNanos;
        while (true) {
            int polled = 0;
            for (T item; batch.size() < maxBatch && (item = queue.poll()) != null; polled++) {
                batch.add(item);
            }
            queued.addAndGet(-polled);
            boolean due = batch.size() >= maxBatch || closing || System.nanoTime() - lastWrite >= lingerNanos;
            if (batch.isEmpty() || !due) {
                if (closing) {
                    return;
                }
                LockSupport.parkNanos(IDLE.toNanos());
                continue;
            }
            lastWrite = System.nanoTime();
            try {
                sink.accept(batch);
                written.add(batch.size());
            } catch (RuntimeException e) {
                failed.add(batch.size());
                LOG.warn("{}: batch of {} items not written: {}", name, batch.size(), e.toString());
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
