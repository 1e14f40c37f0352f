package org.bricshub.ledger;

import java.util.List;

/**
 * What one integration step writes: the tiles and entry bundles that changed when the tree grew from
 * {@code fromSize} to {@code toSize}.
 *
 * @param fromSize integrated size before the step
 * @param toSize   integrated size after the step, {@code > fromSize}
 * @param tiles    changed tiles, each at its new width
 * @param bundles  changed entry bundles, each at its new width
 */
public record IntegrationStep(long fromSize, long toSize, List<Tile> tiles, List<Bundle> bundles) {

    public IntegrationStep {
        if (fromSize < 0 || toSize <= fromSize) {
            throw new IllegalArgumentException("need 0 <= fromSize < toSize, got " + fromSize + ", " + toSize);
        }
        tiles = List.copyOf(tiles);
        bundles = List.copyOf(bundles);
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

    /**
     * An entry bundle.
     *
     * @param index   bundle index
     * @param width   number of entries, 1..256
     * @param encoded the C2SP tlog-tiles encoding
     */
    public record Bundle(long index, int width, byte[] encoded) {
        public Bundle {
            if (width < 1 || width > 256) {
                throw new IllegalArgumentException("a bundle holds 1..256 entries, got " + width);
            }
        }
    }
}
