package org.bricshub.ledger;

import java.util.List;
import java.util.Optional;

/**
 * Storage of a tiled log (SPI): C2SP tlog-tiles entry bundles, which record the sequenced entries, hash tiles, which
 * the integration derives from them, and signed checkpoints. Drivers: {@link LogStores#fileSystem} and
 * {@link LogStores#postgres}. One process writes a log at a time; the conditional writes below catch a second one.
 *
 * <p>Tiles and bundles are stored at their widest width so far: a partial one grows until it is full and is never
 * shortened, and its first hashes (entries) never change. Serving {@code .p/<W>} is serving the first W of them.
 *
 * <p>One contract test, {@code LogStoreContractIT}, runs against every driver.
 */
public interface LogStore extends AutoCloseable {

    /**
     * Durably appends {@code entries} to the entry bundles at indexes {@code firstIndex, firstIndex + 1, ...}, all or
     * nothing; returns once they survive a crash.
     *
     * @throws LogStoreException if {@code firstIndex} is not {@link #sequencedSize()} (nothing is written) or the
     *                           storage fails
     */
    void sequence(long firstIndex, List<byte[]> entries);

    /** Number of entries ever sequenced: the index the next entry gets. */
    long sequencedSize();

    /** Up to {@code maxEntries} sequenced entries from index {@code fromIndex} on, in order. */
    List<byte[]> readEntries(long fromIndex, int maxEntries);

    /**
     * Atomically writes the tiles of an integration step and advances the integrated size from
     * {@code step.fromSize()} to {@code step.toSize()}. Rewriting a tile with the same hashes is harmless, so a step
     * replayed after a crash is too.
     *
     * @throws LogStoreException if the integrated size is not {@code step.fromSize()} or the step goes beyond the
     *                           sequenced size (nothing is changed), or the storage fails
     */
    void integrate(IntegrationStep step);

    /** The tree size the stored tiles cover. */
    long integratedSize();

    /** The hashes of tile {@code index} at tile {@code level} (32 bytes each) at the widest integrated width. */
    Optional<byte[]> readTile(int level, long index);

    /** Entry bundle {@code index}, encoded, at the widest sequenced width. */
    Optional<byte[]> readEntryBundle(long index);

    /** Stores a signed checkpoint note for {@code treeSize}; it becomes the latest one if its size is the largest. */
    void writeCheckpoint(long treeSize, byte[] note);

    /** The signed checkpoint of the largest tree size, if any was written. */
    Optional<byte[]> readLatestCheckpoint();

    /** Every stored checkpoint, by ascending tree size (for audits). */
    List<byte[]> readCheckpoints();

    /** Releases the driver's resources (not the DataSource it was given). */
    @Override
    void close();
}
