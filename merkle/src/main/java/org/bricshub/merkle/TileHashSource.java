package org.bricshub.merkle;

import java.util.HashMap;
import java.util.Map;

/**
 * Answers subtree hashes from stored C2SP tlog-tiles tiles: a node at level {@code 8t + r} is the Merkle Tree Hash of
 * {@code 2^r} consecutive hashes of one tile at tile level {@code t}. Remembers the tiles it has read, so one proof
 * reads each tile once: use one instance per proof or request, not for a long time. Not thread-safe.
 */
public final class TileHashSource implements HashSource {

    private final TileReader reader;
    private final Map<Position, byte[]> tiles = new HashMap<>();

    private record Position(int level, long index) {
    }

    public TileHashSource(TileReader reader) {
        this.reader = reader;
    }

    @Override
    public Hash nodeHash(int level, long index) {
        int tileLevel = level / Tiles.HEIGHT;
        int heightInTile = level % Tiles.HEIGHT;
        long first = index << heightInTile;
        long tileIndex = first >>> Tiles.HEIGHT;
        int offset = (int) (first & (Tiles.WIDTH - 1));
        int count = 1 << heightInTile;
        byte[] tile = tile(tileLevel, tileIndex, offset + count);
        if (count == 1) {
            return Hash.of(tile, offset * Hash.SIZE);
        }
        return TreeHash.root(tile, offset, count);
    }

    private byte[] tile(int level, long index, int minWidth) {
        Position key = new Position(level, index);
        byte[] tile = tiles.get(key);
        if (tile == null || tile.length < minWidth * Hash.SIZE) {
            tile = reader.readTile(level, index, minWidth);
            if (tile.length < minWidth * Hash.SIZE || tile.length % Hash.SIZE != 0) {
                throw new IllegalStateException("tile " + level + "/" + index + " has " + tile.length
                        + " bytes, need " + minWidth + " whole hashes");
            }
            tiles.put(key, tile);
        }
        return tile;
    }
}
