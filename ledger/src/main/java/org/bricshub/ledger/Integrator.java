package org.bricshub.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.bricshub.merkle.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grows the tree by the sequenced entries: reads sequenced batches from the integrated size on, hashes them into
 * the tree's right edge and stores the changed tiles and entry bundles together with the new integrated size.
 * Because it always resumes from the stored integrated size, a crash at any point loses nothing and integrates
 * nothing twice.
 */
final class Integrator implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Integrator.class);
    private static final int MAX_BATCHES_PER_STEP = 64;
    private static final long IDLE_POLL_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A tree size and its root hash. */
    record TreeHead(long size, Hash root) {
    }

    private final LogStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition integrated = lock.newCondition();
    private boolean signalled;
    private boolean closed;
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

    /** Tells the integrator that entries were sequenced. */
    void signal() {
        lock.lock();
        try {
            signalled = true;
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Integrates until the stored log is fully integrated; returns the new head. Called by the thread. */
    TreeHead integrateAvailable() {
        List<SequencedBatch> batches;
        while (!(batches = store.readSequenced(edge.size(), MAX_BATCHES_PER_STEP)).isEmpty()) {
            List<byte[]> entries = new ArrayList<>();
            for (SequencedBatch batch : batches) {
                if (batch.firstIndex() != edge.size() + entries.size()) {
                    throw new LogStoreException("sequenced batch at " + batch.firstIndex() + " does not follow "
                            + (edge.size() + entries.size()));
                }
                entries.addAll(batch.entries());
            }
            try {
                store.integrate(edge.append(entries));
            } catch (RuntimeException e) {
                // The edge ran ahead of the store: rebuild it from what the store holds.
                edge = TreeEdge.load(store, store.integratedSize());
                throw e;
            }
            publishHead(new TreeHead(edge.size(), edge.root()));
        }
        return head;
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
        while (waitForWork()) {
            try {
                integrateAvailable();
            } catch (RuntimeException e) {
                LOG.error("integration from size {} failed; retrying on the next signal", head.size(), e);
            }
        }
        try {
            integrateAvailable();
        } catch (RuntimeException e) {
            LOG.error("final integration from size {} failed; it resumes on the next start", head.size(), e);
        }
    }

    private boolean waitForWork() {
        lock.lock();
        try {
            long wait = IDLE_POLL_NANOS;
            while (!signalled && !closed && wait > 0) {
                wait = work.awaitNanos(wait);
            }
            signalled = false;
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
