package org.bricshub.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.TileHashSource;
import org.bricshub.merkle.Tiles;
import org.bricshub.merkle.TreeHash;

/**
 * The right edge of the tree, in memory: the partial tile at each tile level. That is all the integrator needs to
 * grow the tree by whole tiles (C2SP tlog-tiles) and to compute its root. Not thread-safe: the integrator owns it.
 */
final class TreeEdge {

    private long size;
    private final List<byte[]> partialTiles = new ArrayList<>(); // per tile level, 256 hash slots
    private final List<Integer> partialWidths = new ArrayList<>();

    private TreeEdge() {
    }

    /** Rebuilds the edge of the stored tree of {@code size} leaves from its partial tiles. */
    static TreeEdge load(LogStore store, long size) {
        TreeEdge edge = new TreeEdge();
        edge.size = size;
        for (int level = 0; level * Tiles.HEIGHT < Long.SIZE && (size >>> (level * Tiles.HEIGHT)) > 0; level++) {
            long hashes = size >>> (level * Tiles.HEIGHT);
            int width = (int) (hashes % Tiles.WIDTH);
            edge.ensureLevel(level);
            if (width > 0) {
                String tile = "tile " + level + "/" + hashes / Tiles.WIDTH;
                byte[] stored = store.readTile(level, hashes / Tiles.WIDTH).orElseThrow(() -> new LogStoreException(
                        tile + " of integrated size " + size + " is missing"));
                requireLength(stored.length, width * Hash.SIZE, tile);
                System.arraycopy(stored, 0, edge.partialTiles.get(level), 0, width * Hash.SIZE);
                edge.partialWidths.set(level, width);
            }
        }
        return edge;
    }

    long size() {
        return size;
    }

    /** Appends entries; returns the tiles that changed, for the store to write in one step. */
    IntegrationStep append(List<byte[]> entries) {
        long fromSize = size;
        Map<String, IntegrationStep.Tile> tiles = new LinkedHashMap<>();
        boolean[] touched = new boolean[Long.SIZE / Tiles.HEIGHT + 1];
        for (byte[] entry : entries) {
            addHash(0, TreeHash.leaf(entry), tiles, touched);
            size++;
        }
        for (int level = 0; level < partialWidths.size(); level++) {
            int width = partialWidths.get(level);
            if (touched[level] && width > 0) {
                long index = (size >>> (level * Tiles.HEIGHT)) / Tiles.WIDTH;
                byte[] hashes = Arrays.copyOf(partialTiles.get(level), width * Hash.SIZE);
                tiles.put(level + "/" + index, new IntegrationStep.Tile(level, index, hashes));
            }
        }
        return new IntegrationStep(fromSize, size, List.copyOf(tiles.values()));
    }

    /** The root hash of the tree, from the partial tiles alone (every subtree of the root's split is in one). */
    Hash root() {
        if (size == 0) {
            return TreeHash.EMPTY_ROOT;
        }
        return new TileHashSource((level, index, minWidth) -> {
            if (level >= partialWidths.size() || partialWidths.get(level) < minWidth) {
                throw new IllegalStateException("tile " + level + "/" + index + " is not on the edge");
            }
            return Arrays.copyOf(partialTiles.get(level), partialWidths.get(level) * Hash.SIZE);
        }).root(size);
    }

    // Adds a hash at tile level `level`; a tile that fills up is recorded and its root carried to the level above.
    private void addHash(int level, Hash hash, Map<String, IntegrationStep.Tile> tiles, boolean[] touched) {
        ensureLevel(level);
        touched[level] = true;
        int width = partialWidths.get(level);
        byte[] tile = partialTiles.get(level);
        hash.copyTo(tile, width * Hash.SIZE);
        width++;
        if (width < Tiles.WIDTH) {
            partialWidths.set(level, width);
            return;
        }
        long index = ((size >>> (level * Tiles.HEIGHT))) / Tiles.WIDTH;
        tiles.put(level + "/" + index, new IntegrationStep.Tile(level, index, tile.clone()));
        partialWidths.set(level, 0);
        addHash(level + 1, TreeHash.root(tile, 0, Tiles.WIDTH), tiles, touched);
    }

    private void ensureLevel(int level) {
        while (partialTiles.size() <= level) {
            partialTiles.add(new byte[Tiles.WIDTH * Hash.SIZE]);
            partialWidths.add(0);
        }
    }

    private static void requireLength(int actual, int needed, String what) {
        if (actual < needed) {
            throw new LogStoreException(what + " is shorter than the integrated size needs: " + actual + " < "
                    + needed);
        }
    }
}
