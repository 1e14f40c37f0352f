package org.bricshub.ledger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Wraps a store and adds up the wall time of its sequencing and integration writes, for throughput reports. */
final class TimedLogStore implements LogStore {

    private final LogStore store;
    final AtomicLong sequenceNanos = new AtomicLong();
    final AtomicLong sequenceCalls = new AtomicLong();
    final AtomicLong integrateNanos = new AtomicLong();
    final AtomicLong integrateCalls = new AtomicLong();

    TimedLogStore(LogStore store) {
        this.store = store;
    }

    @Override
    public void sequence(long firstIndex, List<byte[]> entries) {
        long start = System.nanoTime();
        store.sequence(firstIndex, entries);
        sequenceNanos.addAndGet(System.nanoTime() - start);
        sequenceCalls.incrementAndGet();
    }

    @Override
    public void integrate(IntegrationStep step) {
        long start = System.nanoTime();
        store.integrate(step);
        integrateNanos.addAndGet(System.nanoTime() - start);
        integrateCalls.incrementAndGet();
    }

    @Override
    public long sequencedSize() {
        return store.sequencedSize();
    }

    @Override
    public List<byte[]> readEntries(long fromIndex, int maxEntries) {
        return store.readEntries(fromIndex, maxEntries);
    }

    @Override
    public long integratedSize() {
        return store.integratedSize();
    }

    @Override
    public Optional<byte[]> readTile(int level, long index) {
        return store.readTile(level, index);
    }

    @Override
    public Optional<byte[]> readEntryBundle(long index) {
        return store.readEntryBundle(index);
    }

    @Override
    public void writeCheckpoint(long treeSize, byte[] note) {
        store.writeCheckpoint(treeSize, note);
    }

    @Override
    public Optional<byte[]> readLatestCheckpoint() {
        return store.readLatestCheckpoint();
    }

    @Override
    public List<byte[]> readCheckpoints() {
        return store.readCheckpoints();
    }

    @Override
    public void close() {
        store.close();
    }

    String report() {
        return String.format("sequence: %d calls, %.1f ms each; integrate: %d calls, %.1f ms each",
                sequenceCalls.get(), sequenceNanos.get() / 1e6 / Math.max(1, sequenceCalls.get()),
                integrateCalls.get(), integrateNanos.get() / 1e6 / Math.max(1, integrateCalls.get()));
    }
}
