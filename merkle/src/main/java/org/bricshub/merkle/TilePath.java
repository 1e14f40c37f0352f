package org.bricshub.merkle;

/**
 * A resource of a tiled log, as C2SP tlog-tiles names it: a hash tile {@code tile/<L>/<N>[.p/<W>]} or an entry
 * bundle {@code tile/entries/<N>[.p/<W>]}. Width 256 is a full tile; 1..255 a partial one.
 */
public sealed interface TilePath permits TilePath.Hashes, TilePath.Entries {

    /** Index of the tile within its level. */
    long index();

    /** Number of hashes (or entries) in the tile: 256 when full. */
    int width();

    /** True when the tile is partial ({@code width < 256}). */
    default boolean partial() {
        return width() < Tiles.WIDTH;
    }

    /** The path relative to the log prefix, e.g. {@code tile/0/x001/x234/067.p/8}. */
    String path();

    /**
     * A tile of Merkle tree hashes at tile level {@code level} (tree level {@code 8 * level}).
     *
     * @param level tile level, 0..63
     * @param index tile index, >= 0
     * @param width number of hashes, 1..256
     */
    record Hashes(int level, long index, int width) implements TilePath {
        public Hashes {
            if (level < 0 || level > Tiles.MAX_LEVEL) {
                throw new IllegalArgumentException("tile level must be 0.." + Tiles.MAX_LEVEL + ", got " + level);
            }
            Tiles.checkIndexAndWidth(index, width);
        }

        @Override
        public String path() {
            return "tile/" + level + "/" + Tiles.encodeIndex(index) + Tiles.widthSuffix(width);
        }
    }

    /**
     * An entry bundle: the entries whose leaf hashes make up level-0 tile {@code index}.
     *
     * @param index bundle index, >= 0
     * @param width number of entries, 1..256
     */
    record Entries(long index, int width) implements TilePath {
        public Entries {
            Tiles.checkIndexAndWidth(index, width);
        }

        @Override
        public String path() {
            return "tile/entries/" + Tiles.encodeIndex(index) + Tiles.widthSuffix(width);
        }
    }

    /**
     * Parses a path relative to the log prefix, starting with {@code tile/}. Only the canonical spelling is
     * accepted: no leading zeroes in levels and widths, exactly three digits per index group, {@code x} on all but
     * the last group, no needless leading {@code x000} group.
     *
     * @throws LogFormatException naming the broken rule
     */
    static TilePath parse(String path) {
        return TilePathParser.parse(path);
    }
}
