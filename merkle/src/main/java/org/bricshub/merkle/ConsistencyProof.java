package org.bricshub.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9162 §2.1.4 consistency proof that the tree of {@code fromSize} leaves is a prefix of the tree of
 * {@code toSize} leaves.
 *
 * @param fromSize size of the older tree, {@code 0 <= fromSize <= toSize}
 * @param toSize   size of the newer tree
 * @param hashes   the consistency path; empty when {@code fromSize} is 0 or equals {@code toSize}
 */
public record ConsistencyProof(long fromSize, long toSize, List<Hash> hashes) {

    public ConsistencyProof {
        if (fromSize < 0 || fromSize > toSize) {
            throw new IllegalArgumentException("need 0 <= fromSize <= toSize, got " + fromSize + ", " + toSize);
        }
        hashes = List.copyOf(hashes);
    }

    /** Generates the proof (RFC 9162 §2.1.4.1, PROOF(m, D[n])) from subtree hashes. */
    public static ConsistencyProof generate(long fromSize, long toSize, HashSource source) {
        if (fromSize < 0 || fromSize > toSize) {
            throw new IllegalArgumentException("need 0 <= fromSize <= toSize, got " + fromSize + ", " + toSize);
        }
        List<Hash> path = new ArrayList<>();
        if (fromSize > 0 && fromSize < toSize) {
            appendSubproof(fromSize, 0, toSize, true, source, path);
        }
        return new ConsistencyProof(fromSize, toSize, path);
    }

    private static void appendSubproof(long m, long start, long end, boolean completeSubtree, HashSource source,
            List<Hash> path) {
        long n = end - start;
        if (m == n) {
            if (!completeSubtree) {
                path.add(source.rangeHash(start, end));
            }
            return;
        }
        long k = TreeHash.splitPoint(n);
        if (m <= k) {
            appendSubproof(m, start, start + k, completeSubtree, source, path);
            path.add(source.rangeHash(start + k, end));
        } else {
            appendSubproof(m - k, start + k, end, false, source, path);
            path.add(source.rangeHash(start, start + k));
        }
    }

    /**
     * Verifies the proof against the two roots (RFC 9162 §2.1.4.2).
     *
     * @throws LogVerificationException naming the mismatch, if the trees are not shown consistent
     */
    public void verify(Hash fromRoot, Hash toRoot) {
        if (fromSize == toSize) {
            require(hashes.isEmpty(), "a proof between equal sizes must be empty");
            require(fromRoot.equals(toRoot), "equal sizes but different roots " + fromRoot + " and " + toRoot);
            return;
        }
        if (fromSize == 0) {
            require(hashes.isEmpty(), "a proof from the empty tree must be empty");
            return;
        }
        require(!hashes.isEmpty(), "the proof is empty");
        List<Hash> path = hashes;
        if (Long.bitCount(fromSize) == 1) {
            path = new ArrayList<>(hashes.size() + 1);
            path.add(fromRoot);
            path.addAll(hashes);
        }
        long fn = fromSize - 1;
        long sn = toSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = path.get(0);
        Hash sr = path.get(0);
        for (Hash c : path.subList(1, path.size())) {
            require(sn != 0, "the proof is too long");
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHash.node(c, fr);
                sr = TreeHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = TreeHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        require(sn == 0, "the proof is too short");
        require(fr.equals(fromRoot), "the proof leads to old root " + fr + ", expected " + fromRoot);
        require(sr.equals(toRoot), "the proof leads to new root " + sr + ", expected " + toRoot);
    }

    private void require(boolean condition, String rule) {
        if (!condition) {
            throw new LogVerificationException("consistency proof " + fromSize + " -> " + toSize + ": " + rule);
        }
    }
}
