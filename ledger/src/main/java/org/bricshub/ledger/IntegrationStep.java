package org.bricshub.ledger;

import java.util.List;

/**
 * What one integration step writes: the tiles that changed when the tree grew from {@code fromSize} to
 * {@code toSize}.
 *
 * @param fromSize integrated size before the step
 * @param toSize   integrated size after the step, {@code > fromSize}
 * @param tiles    changed tiles, each at its new width
 */
public record IntegrationStep(long fromSize, long toSize, List<Tile> tiles) {

    public IntegrationStep {
        if (fromSize < 0 || toSize <= fromSize) {
            throw new IllegalArgumentException("need 0 <= fromSize < toSize, got " + fromSize + ", " + toSize);
        }
        tiles = List.copyOf(tiles);
    }

    /**
     * A hash tile.
     *
     * @param level  tile level
     * @param index  tile index
     * @param hashes the hashes, 32 bytes each, 1..256 of them
     */
    public record Tile(int level, long index, byte[] hashes) {
        public Tile {
            if (hashes.length == 0 || hashes.length % 32 != 0 || hashes.length > 256 * 32) {
                throw new IllegalArgumentException("a tile holds 1..256 hashes of 32 bytes, got " + hashes.length
                        + " bytes");
            }
        }

        /** Number of hashes. */
        public int width() {
            return hashes.length / 32;
        }
    }
}
