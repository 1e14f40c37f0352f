package org.bricshub.merkle;

/**
 * Where proofs and roots get their hashes from: the hash of any perfect subtree of the log. The ledger answers from
 * stored tiles ({@link TileHashSource}), tests and the auditor from memory ({@link MerkleTree}), so a proof never
 * needs all leaves loaded.
 */
@FunctionalInterface
public interface HashSource {

    /**
     * The hash of the perfect subtree at {@code level} (height; 2^level leaves) and {@code index}, i.e. the Merkle
     * Tree Hash of leaves {@code [index * 2^level, (index + 1) * 2^level)}. Level 0 gives leaf hashes. Callers only
     * ask for subtrees that lie wholly inside the tree they are proving against.
     *
     * @throws IllegalStateException or an I/O-level exception of the source when the hash is not available
     */
    Hash nodeHash(int level, long index);

    /** The Merkle Tree Hash of the first {@code treeSize} leaves (RFC 9162 §2.1.1), from O(log n) subtree hashes. */
    default Hash root(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must be >= 0, got " + treeSize);
        }
        return treeSize == 0 ? TreeHash.EMPTY_ROOT : rangeHash(0, treeSize);
    }

    /**
     * The Merkle Tree Hash of leaves {@code [start, end)}, split as RFC 9162 §2.1.1 splits: at the largest power of
     * two below the range size. Aligned power-of-two ranges are read with one {@link #nodeHash} call.
     */
    default Hash rangeHash(long start, long end) {
        long n = end - start;
        if (start < 0 || n <= 0) {
            throw new IllegalArgumentException("range must be non-empty, got [" + start + ", " + end + ")");
        }
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return nodeHash(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = TreeHash.splitPoint(n);
        return TreeHash.node(rangeHash(start, start + k), rangeHash(start + k, end));
    }
}
