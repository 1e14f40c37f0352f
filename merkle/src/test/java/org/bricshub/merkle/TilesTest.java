package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TilesTest {

    @ParameterizedTest(name = "size {0}: tile {1}/{2} has width {3}")
    @CsvSource({
        // The example of C2SP tlog-tiles: size 70,000.
        "70000, 0, 272, 256",
        "70000, 0, 273, 112",
        "70000, 0, 274, 0",
        "70000, 1, 0, 256",
        "70000, 1, 1, 17",
        "70000, 2, 0, 1",
        "70000, 3, 0, 0",
        // A tree of size 256: one full level-0 tile and a level-1 tile of width 1.
        "256, 0, 0, 256",
        "256, 0, 1, 0",
        "256, 1, 0, 1",
        "255, 1, 0, 0",
        "0, 0, 0, 0",
        "9223372036854775807, 7, 0, 127",
        "9223372036854775807, 8, 0, 0",
        "1000, 0, 72057594037927935, 0",
    })
    void width_atTreeSize(long size, int level, long index, int width) {
        assertThat(Tiles.width(level, index, size)).isEqualTo(width);
    }

    @ParameterizedTest(name = "node {0}/{1} at size {2} is in tile {3}")
    @CsvSource({
        "0, 0, 1, tile/0/000.p/1",
        "0, 255, 256, tile/0/000",
        "0, 256, 300, tile/0/001.p/44",
        "5, 8, 300, tile/0/001.p/44",
        "7, 0, 256, tile/0/000",
        "8, 0, 256, tile/1/000.p/1",
        "8, 272, 70000, tile/1/001.p/17",
        "9, 135, 70000, tile/1/001.p/17",
        "16, 0, 70000, tile/2/000.p/1",
    })
    void tileOfNode_mapsTreeLevelsToTileLevels(int level, long index, long size, String path) {
        assertThat(Tiles.tileOfNode(level, index, size).path()).isEqualTo(path);
    }

    @Test
    void tileOfNode_incompleteNode_rejected() {
        assertThatThrownBy(() -> Tiles.tileOfNode(1, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tiles.tileOfNode(0, 3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bundleOfLeaf_followsLevelZeroTile() {
        assertThat(Tiles.bundleOfLeaf(1234067, 1234068).path()).isEqualTo("tile/entries/x004/820.p/148");
        assertThat(Tiles.bundleOfLeaf(0, 70000).path()).isEqualTo("tile/entries/000");
    }

    @Test
    void forRoot_listsRightEdgeTiles() {
        assertThat(Tiles.forRoot(70000)).extracting(TilePath::path)
                .containsExactlyInAnyOrder("tile/2/000.p/1", "tile/1/001.p/17", "tile/0/273.p/112");
        assertThat(Tiles.forRoot(256)).extracting(TilePath::path).containsExactly("tile/1/000.p/1");
        assertThat(Tiles.forRoot(0)).isEmpty();
    }

    @Test
    void forInclusionProof_coversExactlyWhatGenerationReads() {
        long size = 70000;
        List<TilePath.Hashes> tiles = Tiles.forInclusionProof(1000, size);
        Set<String> read = new HashSet<>();
        InclusionProof.generate(1000, size, (level, index) -> {
            read.add(Tiles.tileOfNode(level, index, size).path());
            return TreeHash.EMPTY_ROOT;
        });
        assertThat(tiles).extracting(TilePath::path).containsExactlyInAnyOrderElementsOf(read);
        assertThat(tiles).extracting(TilePath::path).contains("tile/0/003", "tile/1/000", "tile/0/273.p/112");
    }

    @Test
    void forConsistencyProof_includesPartialTilesOfNewSize() {
        assertThat(Tiles.forConsistencyProof(300, 70000)).extracting(TilePath::path)
                .contains("tile/0/001", "tile/0/273.p/112", "tile/1/001.p/17");
        assertThat(Tiles.forConsistencyProof(300, 300)).isEmpty();
    }

    @Test
    void tileHashSource_proofsAndRootsEqualInMemoryTreeAroundTileBoundaries() {
        MerkleTree tree = TileBoundaryTree.TREE;
        long size = TileBoundaryTree.SIZE;
        Map<String, byte[]> tiles = tilesOf(tree, size);
        TileReader reader = (level, index, minWidth) -> {
            byte[] tile = tiles.get(level + "/" + index);
            if (tile == null || tile.length < minWidth * Hash.SIZE) {
                throw new IllegalStateException("no tile " + level + "/" + index);
            }
            return tile;
        };
        for (long n : new long[] {1, 255, 256, 257, 511, 512, 513, 65535, 65536, 65537}) {
            assertThat(new TileHashSource(reader).root(n)).as("root %d", n).isEqualTo(tree.root(n));
            for (long index : new long[] {0, n / 3, n / 2, n - 1}) {
                assertThat(InclusionProof.generate(index, n, new TileHashSource(reader)))
                        .isEqualTo(InclusionProof.generate(index, n, tree));
            }
            for (long from : new long[] {1, n / 2, n - 1}) {
                if (from > 0 && from < n) {
                    assertThat(ConsistencyProof.generate(from, n, new TileHashSource(reader)))
                            .isEqualTo(ConsistencyProof.generate(from, n, tree));
                }
            }
        }
    }

    @Test
    void tileHashSource_tileNarrowerThanNeeded_fails() {
        TileReader reader = (level, index, minWidth) -> new byte[Hash.SIZE];
        assertThatThrownBy(() -> new TileHashSource(reader).nodeHash(1, 0)).isInstanceOf(IllegalStateException.class);
    }

    // Every tile of a tree of the given size, partial tiles at their width for that size.
    private static Map<String, byte[]> tilesOf(MerkleTree tree, long size) {
        Map<String, byte[]> tiles = new HashMap<>();
        for (int level = 0; Tiles.width(level, 0, size) > 0; level++) {
            for (long index = 0; Tiles.width(level, index, size) > 0; index++) {
                int width = Tiles.width(level, index, size);
                byte[] tile = new byte[width * Hash.SIZE];
                for (int i = 0; i < width; i++) {
                    tree.nodeHash(Tiles.HEIGHT * level, index * Tiles.WIDTH + i).copyTo(tile, i * Hash.SIZE);
                }
                tiles.put(level + "/" + index, tile);
            }
        }
        return tiles;
    }
}
