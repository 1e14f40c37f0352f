package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.MerkleTree;
import org.bricshub.merkle.Tiles;
import org.junit.jupiter.api.Test;

class TreeEdgeTest {

    @Test
    void append_inChunksOfManySizes_storesTilesAndRootsOfTheReferenceTree() {
        MemoryLogStore store = new MemoryLogStore();
        TreeEdge edge = TreeEdge.load(store, 0);
        MerkleTree reference = new MerkleTree();
        int[] chunks = {1, 1, 7, 247, 1, 255, 256, 300, 1, 5000, 60000, 3, 255};
        long next = 0;
        for (int chunk : chunks) {
            List<byte[]> entries = entries(next, chunk);
            entries.forEach(reference::appendEntry);
            store.sequence(next, entries);
            store.integrate(edge.append(entries));
            next += chunk;
            assertThat(edge.size()).isEqualTo(next);
            assertThat(edge.root()).as("root at %d", next).isEqualTo(reference.root());
            assertTilesMatch(store, reference, next);
            // A restart rebuilds the same edge from the stored tiles.
            assertThat(TreeEdge.load(store, next).root()).isEqualTo(reference.root());
        }
    }

    @Test
    void load_thenAppend_continuesTheSameTree() {
        MemoryLogStore store = new MemoryLogStore();
        MerkleTree reference = new MerkleTree();
        TreeEdge first = TreeEdge.load(store, 0);
        List<byte[]> entries = entries(0, 70_000);
        entries.forEach(reference::appendEntry);
        store.sequence(0, entries.subList(0, 65_790));
        store.integrate(first.append(entries.subList(0, 65_790)));
        TreeEdge reloaded = TreeEdge.load(store, 65_790);
        store.sequence(65_790, entries.subList(65_790, 70_000));
        store.integrate(reloaded.append(entries.subList(65_790, 70_000)));
        assertThat(reloaded.root()).isEqualTo(reference.root());
        assertTilesMatch(store, reference, 70_000);
    }

    @Test
    void load_missingPartialTile_failsNamingIt() {
        assertThatThrownBy(() -> TreeEdge.load(new MemoryLogStore(), 5)).isInstanceOf(LogStoreException.class)
                .hasMessageContaining("tile 0/0");
    }

    static List<byte[]> entries(long first, int count) {
        List<byte[]> entries = new ArrayList<>(count);
        for (long i = first; i < first + count; i++) {
            entries.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    // Every tile of the stored tree holds the reference tree's hashes at the tile's level.
    private static void assertTilesMatch(LogStore store, MerkleTree reference, long size) {
        for (int level = 0; Tiles.width(level, 0, size) > 0; level++) {
            for (long index = 0; Tiles.width(level, index, size) > 0; index++) {
                int width = Tiles.width(level, index, size);
                byte[] tile = store.readTile(level, index).orElseThrow();
                assertThat(tile.length).isGreaterThanOrEqualTo(width * Hash.SIZE);
                for (int i = 0; i < width; i++) {
                    assertThat(Hash.of(tile, i * Hash.SIZE)).as("tile %d/%d hash %d", level, index, i)
                            .isEqualTo(reference.nodeHash(level * Tiles.HEIGHT, index * Tiles.WIDTH + i));
                }
            }
        }
    }
}
