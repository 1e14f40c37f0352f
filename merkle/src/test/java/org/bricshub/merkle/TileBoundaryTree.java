package org.bricshub.merkle;

/** One tree of 65,537 synthetic entries, built once and shared by the tests that probe tile boundaries. */
final class TileBoundaryTree {

    static final long SIZE = 65537;
    static final MerkleTree TREE = ReferenceTree.ofSyntheticEntries(SIZE);

    private TileBoundaryTree() {
    }
}
