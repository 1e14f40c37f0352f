package org.bricshub.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.bricshub.merkle.EntryBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives entries their leaf indexes: collects appends into batches (up to {@code maxBatchSize} entries, or what
 * arrived within {@code maxBatchDelayNanos} of the first), writes each batch durably in one store call, and only then
 * completes the appends' futures. One thread writes, so indexes follow the order of the batches and are never
 * reused; while a batch is being written the next one fills up.
 */
final class Sequencer implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Sequencer.class);

    private record Pending(byte[] entry, CompletableFuture<Long> future) {
    }

    /** Told of each batch once it is durable, in index order. */
    @FunctionalInterface
    interface Listener {
        void sequenced(long firstIndex, List<byte[]> entries);
    }

    private final LogStore store;
    private final int maxBatchSize;
    private final long maxBatchDelayNanos;
    private final int maxPending;
    private final Listener onSequenced;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long firstPendingNanos;
    private boolean closed;
    private long nextIndex;

    Sequencer(LogStore store, int maxBatchSize, long maxBatchDelayNanos, int maxPending, Listener onSequenced) {
        this.store = store;
        this.maxBatchSize = maxBatchSize;
        this.maxBatchDelayNanos = maxBatchDelayNanos;
        this.maxPending = maxPending;
        this.onSequenced = onSequenced;
        this.nextIndex = store.sequencedSize();
    }

    CompletableFuture<Long> append(byte[] entry) {
        if (entry.length > EntryBundle.MAX_ENTRY_SIZE) {
            return CompletableFuture.failedFuture(new LedgerException(LedgerException.Reason.ENTRY_TOO_LARGE,
                    "an entry holds at most " + EntryBundle.MAX_ENTRY_SIZE + " bytes, got " + entry.length));
        }
        CompletableFuture<Long> future = new CompletableFuture<>();
        lock.lock();
        try {
            if (closed) {
                return CompletableFuture.failedFuture(new LedgerException(LedgerException.Reason.CLOSED,
                        "the ledger is closed"));
            }
            if (pending.size() >= maxPending) {
                return CompletableFuture.failedFuture(new LedgerException(LedgerException.Reason.OVERLOADED,
                        pending.size() + " appends are waiting to be sequenced"));
            }
            if (pending.isEmpty()) {
                firstPendingNanos = System.nanoTime();
            }
            pending.add(new Pending(entry.clone(), future));
            if (pending.size() == 1 || pending.size() == maxBatchSize) {
                arrived.signal();
            }
        } finally {
            lock.unlock();
        }
        return future;
    }

    /** Stops taking appends; the thread writes what is pending, then ends. */
    void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void run() {
        List<Pending> batch;
        while ((batch = nextBatch()) != null) {
            write(batch);
        }
    }

    // Blocks until a batch is due; null once closed and drained.
    private List<Pending> nextBatch() {
        lock.lock();
        try {
            while (pending.isEmpty()) {
                if (closed) {
                    return null;
                }
                arrived.awaitUninterruptibly();
            }
            long deadline = firstPendingNanos + maxBatchDelayNanos;
            long wait;
            while (!closed && pending.size() < maxBatchSize && (wait = deadline - System.nanoTime()) > 0) {
                arrived.await(wait, TimeUnit.NANOSECONDS);
            }
            List<Pending> batch = new ArrayList<>(Math.min(pending.size(), maxBatchSize));
            while (!pending.isEmpty() && batch.size() < maxBatchSize) {
                batch.add(pending.poll());
            }
            firstPendingNanos = System.nanoTime();
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void write(List<Pending> batch) {
        List<byte[]> entries = new ArrayList<>(batch.size());
        batch.forEach(p -> entries.add(p.entry()));
        try {
            store.sequence(nextIndex, entries);
        } catch (RuntimeException e) {
            LOG.error("sequencing {} entries at index {} failed", batch.size(), nextIndex, e);
            batch.forEach(p -> p.future().completeExceptionally(e));
            // The write may have committed before the failure surfaced: ask the store where the log now ends.
            try {
                nextIndex = store.sequencedSize();
            } catch (RuntimeException again) {
                LOG.error("cannot read the sequenced size; the next batch will retry", again);
            }
            return;
        }
        long first = nextIndex;
        nextIndex += batch.size();
        onSequenced.sequenced(first, entries);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).future().complete(first + i);
        }
    }
}
