package org.bricshub.merkle;

import java.util.HexFormat;
import java.util.List;

/**
 * The 8-leaf reference tree of Certificate Transparency's Merkle tests (RFC 6962 / RFC 9162 trees), and a builder
 * for larger trees of synthetic entries.
 */
final class ReferenceTree {

    static final List<String> LEAVES_HEX = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    private ReferenceTree() {
    }

    static byte[] leaf(int i) {
        return HexFormat.of().parseHex(LEAVES_HEX.get(i));
    }

    static MerkleTree ofReferenceLeaves(int size) {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < size; i++) {
            tree.appendEntry(leaf(i));
        }
        return tree;
    }

    static byte[] syntheticEntry(long i) {
        return ("entry " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static MerkleTree ofSyntheticEntries(long size) {
        MerkleTree tree = new MerkleTree();
        for (long i = 0; i < size; i++) {
            tree.appendEntry(syntheticEntry(i));
        }
        return tree;
    }

    /** Flips bit {@code bit} (0..255) of a hash. */
    static Hash flip(Hash hash, int bit) {
        byte[] bytes = hash.bytes();
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return new Hash(bytes);
    }
}
