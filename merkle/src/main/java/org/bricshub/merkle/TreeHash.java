package org.bricshub.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1.1 hashing: leaf hashes ({@code SHA-256(0x00 || entry)}), interior node hashes
 * ({@code SHA-256(0x01 || left || right)}) and the Merkle Tree Hash (MTH) of a list of leaf hashes.
 */
public final class TreeHash {

    /** MTH({}) = SHA-256 of the empty string. */
    public static final Hash EMPTY_ROOT = new Hash(sha256().digest());

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(TreeHash::sha256);

    private TreeHash() {
    }

    /** The leaf hash of a log entry: {@code SHA-256(0x00 || entry)}. */
    public static Hash leaf(byte[] entry) {
        MessageDigest digest = DIGEST.get();
        digest.update((byte) 0x00);
        digest.update(entry);
        return new Hash(digest.digest());
    }

    /** The hash of an interior node: {@code SHA-256(0x01 || left || right)}. */
    public static Hash node(Hash left, Hash right) {
        byte[] input = new byte[1 + 2 * Hash.SIZE];
        input[0] = 0x01;
        left.copyTo(input, 1);
        right.copyTo(input, 1 + Hash.SIZE);
        return new Hash(DIGEST.get().digest(input));
    }

    /**
     * The Merkle Tree Hash of the given leaf hashes (RFC 9162 §2.1.1), computed bottom-up in linear time. The
     * result equals the recursive definition: the last, unpaired node of a level is carried up unchanged.
     */
    public static Hash root(List<Hash> leafHashes) {
        if (leafHashes.isEmpty()) {
            return EMPTY_ROOT;
        }
        Hash[] level = leafHashes.toArray(Hash[]::new);
        int width = level.length;
        while (width > 1) {
            int next = 0;
            for (int i = 0; i + 1 < width; i += 2) {
                level[next++] = node(level[i], level[i + 1]);
            }
            if (width % 2 == 1) {
                level[next++] = level[width - 1];
            }
            width = next;
        }
        return level[0];
    }

    /**
     * The Merkle Tree Hash of {@code count} hashes stored back to back in {@code hashes} from hash number
     * {@code first} on, e.g. a run of hashes of a tile.
     */
    public static Hash root(byte[] hashes, int first, int count) {
        List<Hash> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(Hash.of(hashes, (first + i) * Hash.SIZE));
        }
        return root(list);
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n >= 2}: where RFC 9162 splits a tree. */
    static long splitPoint(long n) {
        return Long.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
