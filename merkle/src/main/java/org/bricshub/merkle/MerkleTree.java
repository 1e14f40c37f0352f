package org.bricshub.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree held in memory, keeping every complete subtree hash: the reference implementation the
 * tests and the auditor recompute a log with. Not thread-safe.
 */
public final class MerkleTree implements HashSource {

    // levels.get(l).get(i) is the hash of the complete subtree at level l, index i.
    private final List<List<Hash>> levels = new ArrayList<>();

    /** Appends a leaf by its leaf hash ({@link TreeHash#leaf}). */
    public void appendLeafHash(Hash leafHash) {
        Hash carry = leafHash;
        for (int level = 0; ; level++) {
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
            List<Hash> hashes = levels.get(level);
            hashes.add(carry);
            if (hashes.size() % 2 == 1) {
                return;
            }
            carry = TreeHash.node(hashes.get(hashes.size() - 2), carry);
        }
    }

    /** Appends a leaf by its entry bytes. */
    public void appendEntry(byte[] entry) {
        appendLeafHash(TreeHash.leaf(entry));
    }

    /** Number of leaves appended. */
    public long size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    /** The root of the whole tree. */
    public Hash root() {
        return root(size());
    }

    @Override
    public Hash nodeHash(int level, long index) {
        if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).size()) {
            throw new IllegalStateException("no complete subtree at level " + level + " index " + index
                    + " in a tree of size " + size());
        }
        return levels.get(level).get((int) index);
    }
}
