package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bricshub.merkle.InclusionProofTest.concat;
import static org.bricshub.merkle.InclusionProofTest.hashes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConsistencyProofTest {

    private static final MerkleTree REFERENCE = ReferenceTree.ofReferenceLeaves(8);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1 | 1 | ''",
        "1 | 8 | 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7 "
            + "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e "
            + "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        "6 | 8 | 0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a "
            + "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0 "
            + "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "2 | 5 | 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e "
            + "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "6 | 7 | 0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a "
            + "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f "
            + "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    })
    void generate_certificateTransparencyVectors(long from, long to, String pathHex) {
        ConsistencyProof proof = ConsistencyProof.generate(from, to, REFERENCE);
        assertThat(proof.hashes()).isEqualTo(hashes(pathHex));
        proof.verify(REFERENCE.root(from), REFERENCE.root(to));
        if (from != to) {
            assertCorruptionsFail(proof, REFERENCE.root(from), REFERENCE.root(to));
        }
    }

    @Test
    void verify_everyPairUpTo130_verifiesAndBitFlipsFail() {
        MerkleTree tree = ReferenceTree.ofSyntheticEntries(130);
        for (long to = 1; to <= 130; to++) {
            Hash toRoot = tree.root(to);
            for (long from = 1; from < to; from++) {
                Hash fromRoot = tree.root(from);
                ConsistencyProof proof = ConsistencyProof.generate(from, to, tree);
                proof.verify(fromRoot, toRoot);
                for (int i = 0; i < proof.hashes().size(); i++) {
                    int bit = (int) ((from * 31 + to * 7 + i) % 256);
                    assertFails(withHash(proof, i, ReferenceTree.flip(proof.hashes().get(i), bit)), fromRoot,
                            toRoot);
                }
                assertFails(proof, ReferenceTree.flip(fromRoot, (int) (from % 256)), toRoot);
                assertFails(proof, fromRoot, ReferenceTree.flip(toRoot, (int) (to % 256)));
            }
        }
    }

    static Stream<Arguments> boundaryPairs() {
        return Stream.of(Arguments.of(1L, 256L), Arguments.of(255L, 256L), Arguments.of(256L, 257L),
                Arguments.of(100L, 513L), Arguments.of(256L, 65536L), Arguments.of(257L, 65537L),
                Arguments.of(65535L, 65536L), Arguments.of(65536L, 65537L), Arguments.of(40000L, 65537L));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("boundaryPairs")
    void verify_tileBoundaryPairs_verifyAndCorruptionsFail(long from, long to) {
        MerkleTree tree = TileBoundaryTree.TREE;
        ConsistencyProof proof = ConsistencyProof.generate(from, to, tree);
        proof.verify(tree.root(from), tree.root(to));
        assertCorruptionsFail(proof, tree.root(from), tree.root(to));
    }

    @Test
    void verify_trivialSizes() {
        Hash root = REFERENCE.root(3);
        new ConsistencyProof(0, 0, List.of()).verify(TreeHash.EMPTY_ROOT, TreeHash.EMPTY_ROOT);
        new ConsistencyProof(0, 3, List.of()).verify(TreeHash.EMPTY_ROOT, root);
        new ConsistencyProof(3, 3, List.of()).verify(root, root);
        assertFails(new ConsistencyProof(3, 3, List.of()), root, REFERENCE.root(4));
        assertFails(new ConsistencyProof(3, 3, List.of(root)), root, root);
        assertFails(new ConsistencyProof(0, 3, List.of(root)), TreeHash.EMPTY_ROOT, root);
        assertFails(new ConsistencyProof(1, 2, List.of()), REFERENCE.root(1), REFERENCE.root(2));
    }

    @Test
    void constructor_fromAfterTo_rejected() {
        assertThatThrownBy(() -> new ConsistencyProof(2, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsistencyProof.generate(-1, 1, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertCorruptionsFail(ConsistencyProof proof, Hash fromRoot, Hash toRoot) {
        long from = proof.fromSize();
        long to = proof.toSize();
        List<Hash> path = proof.hashes();
        List<ConsistencyProof> probes = new ArrayList<>();
        for (long wrongFrom : new long[] {from - 1, from + 1, from ^ 2}) {
            if (wrongFrom > 0 && wrongFrom < to && wrongFrom != from) {
                probes.add(new ConsistencyProof(wrongFrom, to, path));
            }
        }
        for (long wrongTo : new long[] {to * 2, to / 2}) {
            if (from < wrongTo) {
                probes.add(new ConsistencyProof(from, wrongTo, path));
            }
        }
        probes.add(new ConsistencyProof(from, to, List.of()));
        probes.add(new ConsistencyProof(from, to, concat(path, List.of(fromRoot))));
        probes.add(new ConsistencyProof(from, to, concat(path, List.of(toRoot))));
        probes.add(new ConsistencyProof(from, to, concat(List.of(fromRoot), path)));
        probes.add(new ConsistencyProof(from, to, concat(List.of(toRoot), path)));
        probes.add(new ConsistencyProof(from, to, path.subList(0, path.size() - 1)));
        for (int i = 0; i < path.size(); i++) {
            probes.add(withHash(proof, i, ReferenceTree.flip(path.get(i), 4)));
        }
        for (ConsistencyProof probe : probes) {
            assertFails(probe, fromRoot, toRoot);
        }
        assertFails(proof, toRoot, fromRoot);
    }

    private static void assertFails(ConsistencyProof proof, Hash fromRoot, Hash toRoot) {
        assertThatThrownBy(() -> proof.verify(fromRoot, toRoot)).as("%s", proof)
                .isInstanceOf(LogVerificationException.class);
    }

    private static ConsistencyProof withHash(ConsistencyProof proof, int i, Hash replacement) {
        List<Hash> path = new ArrayList<>(proof.hashes());
        path.set(i, replacement);
        return new ConsistencyProof(proof.fromSize(), proof.toSize(), path);
    }
}
