package org.bricshub.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.ConsistencyProof;
import org.bricshub.merkle.EntryBundle;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.InclusionProof;
import org.bricshub.merkle.LogVerificationException;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.TileHashSource;
import org.bricshub.merkle.TilePath;
import org.bricshub.merkle.Tiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The verifiable log service: appends entries, integrates them into C2SP tlog-tiles tiles, publishes signed
 * checkpoints (C2SP tlog-checkpoint, Ed25519 signed note) on an interval and on demand, and answers tiles and
 * proofs up to the latest published checkpoint. Thread-safe.
 */
public final class Ledger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

    private final LedgerConfig config;
    private final LogStore store;
    private final LogKey key;
    private final Sequencer sequencer;
    private final Integrator integrator;
    private final Thread sequencerThread;
    private final Thread integratorThread;
    private final ScheduledExecutorService publisher;
    private final List<Consumer<byte[]>> checkpointListeners = new CopyOnWriteArrayList<>();
    private volatile Published latest;
    // The newest checkpoint republished with its witnesses' cosignatures; proofs use it once cosignatures are required.
    private volatile Published cosigned;
    private volatile boolean cosignaturesRequired;

    private record Published(long size, byte[] note) {
    }

    private Ledger(LedgerConfig config, LogStore store) {
        this.config = config;
        this.store = store;
        this.key = LogKey.loadOrCreate(config.keyFile(), config.origin(), BouncyCastleEd25519.INSTANCE);
        this.integrator = new Integrator(store);
        this.sequencer = new Sequencer(store, config.maxBatchSize(), config.maxBatchDelay().toNanos(),
                config.maxPendingAppends(), integrator::offer);
        this.latest = store.readLatestCheckpoint()
                .map(note -> new Published(Checkpoint.parse(SignedNote.parse(note).text()).size(), note))
                .orElse(null);
        this.sequencerThread = Thread.ofPlatform().name("ledger-sequencer").daemon().unstarted(sequencer);
        this.integratorThread = Thread.ofPlatform().name("ledger-integrator").daemon().unstarted(integrator);
        this.publisher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("ledger-checkpoints").daemon().factory());
    }

    /**
     * Starts the ledger on {@code store}: loads or creates the log key, integrates what was sequenced before a
     * crash, publishes a checkpoint if the tree grew, and starts sequencing and checkpoint publication.
     */
    public static Ledger start(LedgerConfig config, LogStore store) {
        Ledger ledger = new Ledger(config, store);
        ledger.integrator.integrateFromStore();
        ledger.publishCheckpoint();
        ledger.sequencerThread.start();
        ledger.integratorThread.start();
        long interval = config.checkpointInterval().toNanos();
        ledger.publisher.scheduleWithFixedDelay(ledger::publishIfGrown, interval, interval, TimeUnit.NANOSECONDS);
        return ledger;
    }

    /** The origin of the log whose key is in {@code keyFile}, when that file exists. */
    public static Optional<String> existingOrigin(Path keyFile) {
        return LogKey.originOf(keyFile);
    }

    /**
     * Appends an entry. The future completes with the entry's leaf index once the entry is durable (it will be in
     * every later checkpoint), or fails with a {@link LedgerException} (overloaded, closed, entry too large) or a
     * {@link LogStoreException}.
     */
    public CompletableFuture<Long> append(byte[] entry) {
        return sequencer.append(entry);
    }

    /**
     * Signs and stores a checkpoint of the integrated tree now, unless the latest one already has its size; returns
     * the latest signed checkpoint note.
     */
    public synchronized byte[] publishCheckpoint() {
        Integrator.TreeHead head = integrator.head();
        Published current = latest;
        if (current != null && current.size() >= head.size()) {
            return current.note().clone();
        }
        Checkpoint checkpoint = new Checkpoint(config.origin(), head.size(), head.root());
        byte[] note = SignedNote.sign(checkpoint.text(), List.of(key.signer())).format()
                .getBytes(StandardCharsets.UTF_8);
        store.writeCheckpoint(head.size(), note);
        latest = new Published(head.size(), note);
        for (Consumer<byte[]> listener : checkpointListeners) {
            try {
                listener.accept(note.clone());
            } catch (RuntimeException e) {
                LOG.error("a checkpoint listener of {} failed at size {}", config.origin(), head.size(), e);
            }
        }
        return note.clone();
    }

    /**
     * Calls {@code listener} with each newly published signed checkpoint note (not with cosigned republications),
     * on the publishing thread while publication is held: it must return at once (hand the work to its own thread).
     */
    public void onCheckpoint(Consumer<byte[]> listener) {
        checkpointListeners.add(listener);
    }

    /**
     * Replaces the latest checkpoint with the same checkpoint carrying more signatures (witness cosignatures, C2SP
     * tlog-cosignature), so that {@link #latestCheckpoint()} serves them. An older checkpoint of this log that came
     * back cosigned after a newer one was published is kept for proofs ({@link #proofCheckpoint}) but not served:
     * under steady appends every cosigning round may be overtaken, and proofs must not starve then.
     *
     * @throws LogVerificationException if the log's own signature on the note does not verify, or the note is
     *                                  neither the latest checkpoint nor newer than the newest cosigned one
     */
    public synchronized void publishCosigned(byte[] cosignedNote) {
        SignedNote note = SignedNote.parse(cosignedNote);
        note.verify(List.of(NoteKeys.verifier(key.verifierKey(), BouncyCastleEd25519.INSTANCE)));
        byte[] bytes = note.format().getBytes(StandardCharsets.UTF_8);
        Published current = latest;
        long size = Checkpoint.parse(note.text()).size();
        if (note.text().equals(SignedNote.parse(current.note()).text())) {
            store.writeCheckpoint(current.size(), bytes);
            latest = new Published(current.size(), bytes);
            cosigned = latest;
        } else if (size < current.size() && (cosigned == null || size > cosigned.size())) {
            cosigned = new Published(size, bytes);
        } else {
            throw new LogVerificationException("the cosigned note (size " + size + ") is not the latest checkpoint"
                    + " (size " + current.size() + ") nor newer than the newest cosigned one");
        }
        notifyAll();  // proofs waiting in proofCheckpoint
    }

    /**
     * From now on, {@link #proofCheckpoint} answers only with checkpoints republished with cosignatures
     * ({@link #publishCosigned}): a verifier requiring a witness quorum would reject the newest one in the moment
     * before its cosignatures arrive. Called by whoever collects them with a quorum.
     */
    public void requireCosignatures() {
        cosignaturesRequired = true;
    }

    /**
     * The checkpoint to prove leaf {@code index} against. Without {@link #requireCosignatures()}: the latest signed
     * checkpoint, or, when it does not cover the leaf yet, one published once the leaf is integrated. With it: the
     * newest cosigned checkpoint, waiting for the cosignatures of one covering the leaf when none does yet.
     *
     * @return the signed (and cosigned) note, or empty if no such checkpoint covers the leaf within {@code timeout}
     */
    public Optional<byte[]> proofCheckpoint(long index, Duration timeout) throws InterruptedException {
        if (!cosignaturesRequired) {
            Published current = latest;
            return current.size() > index ? Optional.of(current.note().clone()) : checkpointCovering(index, timeout);
        }
        Published witnessed = cosigned;
        if (witnessed != null && witnessed.size() > index) {
            return Optional.of(witnessed.note().clone());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        if (latest.size() <= index && checkpointCovering(index, timeout).isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            while (cosigned == null || cosigned.size() <= index) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return Optional.of(cosigned.note().clone());
        }
    }

    /**
     * Waits until the entries up to {@code index} are integrated, then publishes a checkpoint covering them.
     *
     * @return the signed checkpoint note, or empty if the wait timed out or the ledger closed
     */
    public Optional<byte[]> checkpointCovering(long index, Duration timeout) throws InterruptedException {
        if (!integrator.awaitSize(index + 1, timeout.toNanos())) {
            return Optional.empty();
        }
        return Optional.of(publishCheckpoint());
    }

    /** The latest signed checkpoint note (what {@code GET /log/checkpoint} serves). */
    public byte[] latestCheckpoint() {
        return latest.note().clone();
    }

    /** The tree size of the latest checkpoint: tiles and proofs are answered up to it. */
    public long treeSize() {
        return latest.size();
    }

    /** The log's public key as a signed-note verifier key (what {@code GET /log/key} serves). */
    public String verifierKey() {
        return key.verifierKey();
    }

    /** The checkpoint origin line. */
    public String origin() {
        return config.origin();
    }

    /**
     * The bytes of a tile or entry bundle as C2SP tlog-tiles serves them, if the latest checkpoint's tree has it at
     * that width or wider (a partial tile stays available after its tile is full); empty otherwise (HTTP 404).
     */
    public Optional<byte[]> read(TilePath path) {
        long size = treeSize();
        return switch (path) {
            case TilePath.Hashes tile -> tile.width() > Tiles.width(tile.level(), tile.index(), size)
                    ? Optional.empty()
                    : store.readTile(tile.level(), tile.index())
                            .filter(hashes -> hashes.length >= tile.width() * Hash.SIZE)
                            .map(hashes -> Arrays.copyOf(hashes, tile.width() * Hash.SIZE));
            case TilePath.Entries bundle -> bundle.width() > Tiles.width(0, bundle.index(), size)
                    ? Optional.empty()
                    : store.readEntryBundle(bundle.index()).map(EntryBundle::decode)
                            .filter(stored -> stored.width() >= bundle.width())
                            .map(stored -> stored.prefix(bundle.width()).encode());
        };
    }

    /**
     * The inclusion proof of leaf {@code index} in the tree of {@code treeSize} leaves, from stored tiles.
     *
     * @throws LedgerException BEYOND_TREE_SIZE unless {@code 0 <= index < treeSize <= treeSize()}
     */
    public InclusionProof inclusionProof(long index, long treeSize) {
        requireWithinTree(index < treeSize && index >= 0 && treeSize <= treeSize(),
                "leaf " + index + " at tree size " + treeSize);
        return InclusionProof.generate(index, treeSize, new TileHashSource(this::readStoredTile));
    }

    /**
     * The leaf hash of entry {@code index}, from the level-0 tile.
     *
     * @throws LedgerException BEYOND_TREE_SIZE unless {@code 0 <= index < treeSize()}
     */
    public Hash leafHash(long index) {
        requireWithinTree(index >= 0 && index < treeSize(), "leaf " + index);
        return new TileHashSource(this::readStoredTile).nodeHash(0, index);
    }

    /**
     * The consistency proof between tree sizes {@code fromSize} and {@code toSize}, from stored tiles.
     *
     * @throws LedgerException BEYOND_TREE_SIZE unless {@code 0 <= fromSize <= toSize <= treeSize()}
     */
    public ConsistencyProof consistencyProof(long fromSize, long toSize) {
        requireWithinTree(fromSize >= 0 && fromSize <= toSize && toSize <= treeSize(),
                "consistency " + fromSize + " -> " + toSize);
        return ConsistencyProof.generate(fromSize, toSize, new TileHashSource(this::readStoredTile));
    }

    /**
     * Stops taking appends, makes the pending ones durable, integrates them and publishes a final checkpoint. The
     * store stays open: it belongs to the caller.
     */
    @Override
    public void close() {
        sequencer.close();
        join(sequencerThread);
        integrator.close();
        join(integratorThread);
        publisher.shutdownNow();
        try {
            publishCheckpoint();
        } catch (RuntimeException e) {
            LOG.error("cannot publish the final checkpoint of {}", config.origin(), e);
        }
    }

    private void publishIfGrown() {
        try {
            publishCheckpoint();
        } catch (RuntimeException e) {
            LOG.error("checkpoint publication of {} failed; retrying in {}", config.origin(),
                    config.checkpointInterval(), e);
        }
    }

    private byte[] readStoredTile(int level, long index, int minWidth) {
        return store.readTile(level, index).filter(hashes -> hashes.length >= minWidth * Hash.SIZE)
                .orElseThrow(() -> new LogStoreException("tile " + level + "/" + index + " of width " + minWidth
                        + " is missing from the store"));
    }

    private static void requireWithinTree(boolean within, String what) {
        if (!within) {
            throw new LedgerException(LedgerException.Reason.BEYOND_TREE_SIZE, what
                    + " is outside the latest checkpoint's tree");
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
