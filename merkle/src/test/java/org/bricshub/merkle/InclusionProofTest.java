package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InclusionProofTest {

    private static final MerkleTree REFERENCE = ReferenceTree.ofReferenceLeaves(8);

    @ParameterizedTest(name = "leaf {0} of {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | 1 | ''",
        "0 | 8 | 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7 "
            + "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e "
            + "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        "5 | 8 | bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b "
            + "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0 "
            + "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "2 | 3 | fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "1 | 5 | 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d "
            + "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e "
            + "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    })
    void generate_certificateTransparencyVectors(long index, long size, String pathHex) {
        List<Hash> expected = hashes(pathHex);
        InclusionProof proof = InclusionProof.generate(index, size, REFERENCE);
        assertThat(proof.hashes()).isEqualTo(expected);

        Hash leafHash = TreeHash.leaf(ReferenceTree.leaf((int) index));
        proof.verify(leafHash, REFERENCE.root(size));
        assertCorruptionsFail(proof, leafHash, REFERENCE.root(size));
    }

    @Test
    void verify_allLeavesOfAllSizesUpTo130_verifyAndSingleBitFlipsFail() {
        MerkleTree tree = ReferenceTree.ofSyntheticEntries(130);
        for (long size = 1; size <= 130; size++) {
            Hash root = tree.root(size);
            for (long index = 0; index < size; index++) {
                InclusionProof proof = InclusionProof.generate(index, size, tree);
                Hash leafHash = tree.nodeHash(0, index);
                proof.verify(leafHash, root);
                for (int i = 0; i < proof.hashes().size(); i++) {
                    int bit = (int) ((index * 31 + size * 7 + i) % 256);
                    assertFails(withHash(proof, i, ReferenceTree.flip(proof.hashes().get(i), bit)), leafHash, root);
                }
                assertFails(proof, ReferenceTree.flip(leafHash, (int) (index % 256)), root);
            }
        }
    }

    @Test
    void verify_smallTrees_everySingleBitFlipFails() {
        MerkleTree tree = ReferenceTree.ofSyntheticEntries(9);
        for (long size = 1; size <= 9; size++) {
            for (long index = 0; index < size; index++) {
                InclusionProof proof = InclusionProof.generate(index, size, tree);
                for (int i = 0; i < proof.hashes().size(); i++) {
                    for (int bit = 0; bit < 256; bit++) {
                        assertFails(withHash(proof, i, ReferenceTree.flip(proof.hashes().get(i), bit)),
                                tree.nodeHash(0, index), tree.root(size));
                    }
                }
            }
        }
    }

    static Stream<Long> boundarySizes() {
        return Stream.of(255L, 256L, 257L, 511L, 512L, 513L, 65535L, 65536L, 65537L);
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("boundarySizes")
    void verify_tileBoundarySizes_sampledLeavesVerifyAndCorruptionsFail(long size) {
        MerkleTree tree = TileBoundaryTree.TREE;
        Hash root = tree.root(size);
        LongStream.concat(LongStream.of(0, 1, 254, 255, 256, size - 2, size - 1),
                LongStream.iterate(3, i -> i < size, i -> i + 997)).filter(i -> i >= 0 && i < size).forEach(index -> {
                    InclusionProof proof = InclusionProof.generate(index, size, tree);
                    assertThat(proof.hashes()).hasSize(expectedLength(index, size));
                    proof.verify(tree.nodeHash(0, index), root);
                    assertCorruptionsFail(proof, tree.nodeHash(0, index), root);
                });
    }

    @Test
    void constructor_indexOutsideTree_rejected() {
        assertThatThrownBy(() -> new InclusionProof(3, 3, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InclusionProof.generate(-1, 3, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verify_singleLeafTree_rootIsLeafHash() {
        Hash leaf = TreeHash.leaf("data".getBytes());
        new InclusionProof(0, 1, List.of()).verify(leaf, leaf);
        assertFails(new InclusionProof(0, 1, List.of()), leaf, TreeHash.EMPTY_ROOT);
    }

    // The audit path of leaf m in a tree of n leaves has one hash per level where m's subtree has a sibling.
    private static int expectedLength(long index, long size) {
        int length = 0;
        long start = 0;
        long end = size;
        while (end - start > 1) {
            long k = TreeHash.splitPoint(end - start);
            if (index < start + k) {
                end = start + k;
            } else {
                start += k;
            }
            length++;
        }
        return length;
    }

    static void assertCorruptionsFail(InclusionProof proof, Hash leafHash, Hash root) {
        long index = proof.index();
        long size = proof.treeSize();
        List<Hash> path = proof.hashes();
        List<InclusionProof> probes = new ArrayList<>();
        for (long wrongIndex : new long[] {index - 1, index + 1, index ^ 2}) {
            if (wrongIndex >= 0 && wrongIndex < size) {
                probes.add(new InclusionProof(wrongIndex, size, path));
            }
        }
        for (long wrongSize : new long[] {size * 2, size / 2}) {
            if (index < wrongSize && wrongSize != size) {
                probes.add(new InclusionProof(index, wrongSize, path));
            }
        }
        probes.add(new InclusionProof(index, size, concat(path, List.of(root))));
        probes.add(new InclusionProof(index, size, concat(List.of(root), path)));
        for (int i = 0; i < path.size(); i++) {
            probes.add(withHash(proof, i, ReferenceTree.flip(path.get(i), 3)));
        }
        if (!path.isEmpty()) {
            probes.add(new InclusionProof(index, size, path.subList(0, path.size() - 1)));
        }
        for (InclusionProof probe : probes) {
            assertFails(probe, leafHash, root);
        }
        assertFails(proof, TreeHash.leaf("WrongLeaf".getBytes()), root);
        assertFails(proof, leafHash, TreeHash.EMPTY_ROOT);
    }

    static void assertFails(InclusionProof proof, Hash leafHash, Hash root) {
        assertThatThrownBy(() -> proof.verify(leafHash, root)).as("%s", proof)
                .isInstanceOf(LogVerificationException.class);
    }

    private static InclusionProof withHash(InclusionProof proof, int i, Hash replacement) {
        List<Hash> path = new ArrayList<>(proof.hashes());
        path.set(i, replacement);
        return new InclusionProof(proof.index(), proof.treeSize(), path);
    }

    static List<Hash> concat(List<Hash> a, List<Hash> b) {
        List<Hash> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<Hash> hashes(String spaceSeparatedHex) {
        return Arrays.stream(spaceSeparatedHex.trim().split("\\s+")).filter(s -> !s.isEmpty())
                .map(Hash::fromHex).toList();
    }
}
