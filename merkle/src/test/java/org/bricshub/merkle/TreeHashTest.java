package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreeHashTest {

    @ParameterizedTest(name = "root of size {0}")
    @CsvSource({
        "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    })
    void root_referenceTree(int size, String expectedHex) {
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(TreeHash.leaf(ReferenceTree.leaf(i)));
        }
        assertThat(TreeHash.root(leaves).hex()).isEqualTo(expectedHex);
        assertThat(ReferenceTree.ofReferenceLeaves(size).root().hex()).isEqualTo(expectedHex);
    }

    @Test
    void root_emptyTreeIsSha256OfNothing() {
        assertThat(TreeHash.root(List.of()).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(new MerkleTree().root()).isEqualTo(TreeHash.EMPTY_ROOT);
    }

    @Test
    void leaf_prefixesZeroByte() {
        // SHA-256(0x00), the leaf hash of the empty entry.
        assertThat(TreeHash.leaf(new byte[0]).hex())
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void root_everySizeUpTo300_matchesRecursiveDefinition() {
        List<Hash> leaves = new ArrayList<>();
        MerkleTree tree = new MerkleTree();
        for (int size = 1; size <= 300; size++) {
            Hash leaf = TreeHash.leaf(ReferenceTree.syntheticEntry(size));
            leaves.add(leaf);
            tree.appendLeafHash(leaf);
            Hash expected = recursiveRoot(leaves);
            assertThat(TreeHash.root(leaves)).as("size %d", size).isEqualTo(expected);
            assertThat(tree.root()).as("size %d", size).isEqualTo(expected);
        }
    }

    // RFC 9162 §2.1.1 verbatim: split at the largest power of two smaller than n.
    private static Hash recursiveRoot(List<Hash> leaves) {
        int n = leaves.size();
        if (n == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(n - 1);
        return TreeHash.node(recursiveRoot(leaves.subList(0, k)), recursiveRoot(leaves.subList(k, n)));
    }
}
