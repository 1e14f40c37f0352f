package org.bricshub.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.bricshub.merkle.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grows the tree by the sequenced entries: hashes them into the tree's right edge and stores the changed tiles
 * together with the new integrated size. The sequencer hands over each durable batch in memory; entries it did not
 * hand over (written before a crash, or while a step failed) are read back from the store. Because every step starts
 * from the stored integrated size, a crash at any point loses nothing and integrates nothing twice.
 */
final class Integrator implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Integrator.class);
    private static final int MAX_STEP_ENTRIES = 65_536;
    private static final long IDLE_POLL_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A tree size and its root hash. */
    record TreeHead(long size, Hash root) {
    }

    private record Handoff(long firstIndex, List<byte[]> entries) {
    }

    private final LogStore store;
    private final ConcurrentLinkedQueue<Handoff> handoffs = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition integrated = lock.newCondition();
    private boolean signalled;
    private volatile boolean closed;
    private TreeEdge edge;
    private volatile TreeHead head;

    Integrator(LogStore store) {
        this.store = store;
        this.edge = TreeEdge.load(store, store.integratedSize());
        this.head = new TreeHead(edge.size(), edge.root());
    }

    /** The integrated tree's size and root. */
    TreeHead head() {
        return head;
    }

    /** Hands over a batch the sequencer has made durable at {@code firstIndex}. */
    void offer(long firstIndex, List<byte[]> entries) {
        handoffs.add(new Handoff(firstIndex, entries));
        lock.lock();
        try {
            signalled = true;
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Integrates the handed-over batches, filling any gap from the store. Called by the integrator thread. */
    TreeHead integrateHandoffs() {
        List<byte[]> step = new ArrayList<>();
        Handoff handoff;
        while ((handoff = handoffs.poll()) != null) {
            long next = edge.size() + step.size();
            if (handoff.firstIndex() > next) {
                step.addAll(store.readEntries(next, (int) (handoff.firstIndex() - next)));
                next = edge.size() + step.size();
                if (handoff.firstIndex() != next) {
                    throw new LogStoreException("entries " + next + ".." + handoff.firstIndex()
                            + " are not in the store");
                }
            }
            long skip = next - handoff.firstIndex();
            if (skip < handoff.entries().size()) {
                step.addAll(handoff.entries().subList((int) skip, handoff.entries().size()));
            }
            if (step.size() >= MAX_STEP_ENTRIES) {
                integrate(step);
                step = new ArrayList<>();
            }
        }
        if (!step.isEmpty()) {
            integrate(step);
        }
        return head;
    }

    /** Integrates everything the store has sequenced (at start, and when idle, to catch what was not handed over). */
    TreeHead integrateFromStore() {
        long sequenced = store.sequencedSize();
        while (edge.size() < sequenced) {
            List<byte[]> entries = store.readEntries(edge.size(), MAX_STEP_ENTRIES);
            if (entries.isEmpty()) {
                throw new LogStoreException("the store has sequenced " + sequenced + " entries but returns none after "
                        + edge.size());
            }
            integrate(entries);
        }
        return head;
    }

    private void integrate(List<byte[]> entries) {
        try {
            store.integrate(edge.append(entries));
        } catch (RuntimeException e) {
            // The edge ran ahead of the store: rebuild it from what the store holds.
            edge = TreeEdge.load(store, store.integratedSize());
            throw e;
        }
        publishHead(new TreeHead(edge.size(), edge.root()));
    }

    /** Waits until the integrated size reaches {@code size}; false on timeout or close. */
    boolean awaitSize(long size, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        lock.lock();
        try {
            long wait;
            while (head.size() < size && !closed) {
                if ((wait = deadline - System.nanoTime()) <= 0) {
                    return false;
                }
                integrated.await(wait, TimeUnit.NANOSECONDS);
            }
            return head.size() >= size;
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            work.signal();
            integrated.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void run() {
        boolean handedOver;
        while ((handedOver = waitForWork()) || !closed) {
            try {
                if (handedOver) {
                    integrateHandoffs();
                } else {
                    integrateFromStore();
                }
            } catch (RuntimeException e) {
                LOG.error("integration from size {} failed; retrying", head.size(), e);
            }
        }
        try {
            integrateHandoffs();
            integrateFromStore();
        } catch (RuntimeException e) {
            LOG.error("final integration from size {} failed; it resumes on the next start", head.size(), e);
        }
    }

    // True when signalled; false on the idle timeout or when closed.
    private boolean waitForWork() {
        lock.lock();
        try {
            long wait = IDLE_POLL_NANOS;
            while (!signalled && !closed && wait > 0) {
                wait = work.awaitNanos(wait);
            }
            boolean wasSignalled = signalled && !closed;
            signalled = false;
            return wasSignalled;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void publishHead(TreeHead newHead) {
        lock.lock();
        try {
            head = newHead;
            integrated.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
