package org.bricshub.ledger.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.bricshub.ledger.LogStore;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.MerkleTree;
import org.bricshub.merkle.NoteVerifier;
import org.bricshub.merkle.SignedNote;
import org.bricshub.merkle.Tiles;
import org.bricshub.merkle.TreeHash;

/**
 * Recomputes a stored log from its entries and checks everything stored against it: every hash tile (RFC 9162 §2.1
 * hashing, C2SP tlog-tiles layout), every checkpoint's signature by the log key and its root at its size (so the
 * checkpoints are consistent with each other: they are all prefixes of one tree), and every record of the
 * {@link StoredRecords} sources against the entry at its leaf. Stops at the first mismatch. Holds the recomputed tree
 * in memory (about 64 bytes of hashes per entry plus object overhead).
 */
public final class LogAudit {

    private static final int READ_BATCH = 4096;

    private LogAudit() {
    }

    /**
     * Audits {@code store} with the log's public keys and the given record sources.
     *
     * @throws AuditException naming the first mismatch: entry index, tile, checkpoint size or record
     */
    public static AuditReport run(LogStore store, List<NoteVerifier> logKeys, List<StoredRecords> sources) {
        // Read in the order the log writes (checkpoints cover integrated tiles, tiles cover sequenced entries), so a
        // log that keeps growing during the audit is still seen consistently.
        List<byte[]> checkpoints = store.readCheckpoints();
        long integrated = store.integratedSize();
        MerkleTree tree = recompute(store);
        long tiles = checkTiles(store, tree, integrated);
        for (byte[] note : checkpoints) {
            checkCheckpoint(note, logKeys, tree);
        }
        long records = 0;
        for (StoredRecords source : sources) {
            records += checkRecords(source, tree);
        }
        return new AuditReport(tree.size(), tiles, checkpoints.size(), records);
    }

    private static MerkleTree recompute(LogStore store) {
        MerkleTree tree = new MerkleTree();
        long sequenced = store.sequencedSize();
        while (tree.size() < sequenced) {
            List<byte[]> entries = store.readEntries(tree.size(), READ_BATCH);
            if (entries.isEmpty()) {
                throw new AuditException("entry " + tree.size() + " is missing: the store says " + sequenced
                        + " entries were sequenced");
            }
            entries.forEach(tree::appendEntry);
        }
        return tree;
    }

    // Level 0 first, so that an altered entry is named by its index rather than by a tile above it.
    private static long checkTiles(LogStore store, MerkleTree tree, long integrated) {
        if (integrated > tree.size()) {
            throw new AuditException("the store says " + integrated + " entries are integrated but holds "
                    + tree.size());
        }
        long checked = 0;
        for (int level = 0; Tiles.width(level, 0, integrated) > 0; level++) {
            for (long index = 0; Tiles.width(level, index, integrated) > 0; index++) {
                checkTile(store, tree, level, index, Tiles.width(level, index, integrated));
                checked++;
            }
        }
        return checked;
    }

    private static void checkTile(LogStore store, MerkleTree tree, int level, long index, int width) {
        Optional<byte[]> stored = store.readTile(level, index);
        if (stored.isEmpty() || stored.get().length < width * Hash.SIZE) {
            throw new AuditException("tile " + level + "/" + index + " of width " + width + " is missing");
        }
        for (int i = 0; i < width; i++) {
            long node = index * Tiles.WIDTH + i;
            Hash expected = tree.nodeHash(Tiles.HEIGHT * level, node);
            Hash actual = Hash.of(stored.get(), i * Hash.SIZE);
            if (!expected.equals(actual)) {
                throw new AuditException(level == 0
                        ? "entry " + node + " does not match its leaf hash in tile 0/" + index + ": the entry hashes to "
                                + expected + ", the tile holds " + actual
                        : "tile " + level + "/" + index + " hash " + i + " is " + actual + ", the entries give "
                                + expected);
            }
        }
    }

    private static void checkCheckpoint(byte[] bytes, List<NoteVerifier> logKeys, MerkleTree tree) {
        SignedNote note;
        Checkpoint checkpoint;
        try {
            note = SignedNote.parse(bytes);
            checkpoint = Checkpoint.parse(note.text());
        } catch (RuntimeException e) {
            throw new AuditException("a stored checkpoint is malformed: " + e.getMessage() + "\n"
                    + new String(bytes, StandardCharsets.UTF_8));
        }
        try {
            note.verify(logKeys);
        } catch (RuntimeException e) {
            throw new AuditException("checkpoint " + checkpoint.size() + ": " + e.getMessage());
        }
        if (checkpoint.size() > tree.size()) {
            throw new AuditException("checkpoint " + checkpoint.size() + " is beyond the " + tree.size()
                    + " stored entries");
        }
        Hash root = tree.root(checkpoint.size());
        if (!root.equals(checkpoint.rootHash())) {
            throw new AuditException("checkpoint " + checkpoint.size() + " has root " + checkpoint.rootHash()
                    + " but the stored entries give " + root);
        }
    }

    private static long checkRecords(StoredRecords source, MerkleTree tree) {
        long[] count = {0};
        source.forEach((leafIndex, entry) -> {
            if (leafIndex < 0 || leafIndex >= tree.size()) {
                throw new AuditException(source.name() + ": a record claims leaf " + leafIndex + " of a log of "
                        + tree.size() + " entries");
            }
            if (!TreeHash.leaf(entry).equals(tree.nodeHash(0, leafIndex))) {
                throw new AuditException(source.name() + ": the record at leaf " + leafIndex
                        + " no longer hashes to its log entry");
            }
            count[0]++;
        });
        return count[0];
    }
}
