package org.bricshub.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9162 §2.1.3 inclusion proof (audit path) of the leaf at {@code index} in the tree of {@code treeSize}
 * leaves.
 *
 * @param index    leaf index, {@code 0 <= index < treeSize}
 * @param treeSize size of the tree the proof leads to the root of
 * @param hashes   the audit path, deepest node first
 */
public record InclusionProof(long index, long treeSize, List<Hash> hashes) {

    public InclusionProof {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("need 0 <= index < treeSize, got index " + index + ", size " + treeSize);
        }
        hashes = List.copyOf(hashes);
    }

    /** Generates the proof (RFC 9162 §2.1.3.1) from subtree hashes; reads O(log n) of them. */
    public static InclusionProof generate(long index, long treeSize, HashSource source) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("need 0 <= index < treeSize, got index " + index + ", size " + treeSize);
        }
        List<Hash> path = new ArrayList<>();
        appendPath(index, 0, treeSize, source, path);
        return new InclusionProof(index, treeSize, path);
    }

    private static void appendPath(long m, long start, long end, HashSource source, List<Hash> path) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = TreeHash.splitPoint(n);
        if (m < start + k) {
            appendPath(m, start, start + k, source, path);
            path.add(source.rangeHash(start + k, end));
        } else {
            appendPath(m, start + k, end, source, path);
            path.add(source.rangeHash(start, start + k));
        }
    }

    /**
     * Computes the root this proof leads to from {@code leafHash} (RFC 9162 §2.1.3.2).
     *
     * @throws LogVerificationException if the path has the wrong length for the index and size
     */
    public Hash rootFrom(Hash leafHash) {
        long fn = index;
        long sn = treeSize - 1;
        Hash r = leafHash;
        for (Hash p : hashes) {
            if (sn == 0) {
                throw new LogVerificationException("inclusion proof of leaf " + index + " at size " + treeSize
                        + " is too long: " + hashes.size() + " hashes");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = TreeHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new LogVerificationException("inclusion proof of leaf " + index + " at size " + treeSize
                    + " is too short: " + hashes.size() + " hashes");
        }
        return r;
    }

    /**
     * Verifies that the leaf with {@code leafHash} is at {@link #index} in the tree with {@code root}.
     *
     * @throws LogVerificationException naming the mismatch, if it is not
     */
    public void verify(Hash leafHash, Hash root) {
        Hash computed = rootFrom(leafHash);
        if (!computed.equals(root)) {
            throw new LogVerificationException("inclusion proof of leaf " + index + " at size " + treeSize
                    + " leads to root " + computed + ", expected " + root);
        }
    }
}
