package org.bricshub.merkle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * C2SP tlog-tiles arithmetic: tiles of height 8 (256 hashes), the tile that holds a tree node, tile widths at a
 * tree size, and the tiles a client fetches to compute a root or a proof.
 */
public final class Tiles {

    /** Tree levels per tile. */
    public static final int HEIGHT = 8;
    /** Hashes (or entries) in a full tile. */
    public static final int WIDTH = 1 << HEIGHT;
    /** The highest tile level a path may name. */
    public static final int MAX_LEVEL = 63;

    private Tiles() {
    }

    /**
     * Width of tile {@code index} at tile {@code level} in a tree of {@code treeSize} leaves: 256 for a full tile,
     * 1..255 for the partial tile at the right edge, 0 when the tile does not exist at that size.
     */
    public static int width(int level, long index, long treeSize) {
        long hashesAtLevel = completeSubtrees(HEIGHT * level, treeSize);
        if (index < 0 || index > hashesAtLevel >>> HEIGHT) {
            return 0;
        }
        long remaining = hashesAtLevel - index * WIDTH;
        return (int) Math.max(0, Math.min(WIDTH, remaining));
    }

    /** The tile of a tree of {@code treeSize} leaves that holds (or lets one compute) node {@code level/index}. */
    public static TilePath.Hashes tileOfNode(int level, long index, long treeSize) {
        int tileLevel = level / HEIGHT;
        long tileIndex = (index << (level % HEIGHT)) >>> HEIGHT;
        int width = width(tileLevel, tileIndex, treeSize);
        if (width == 0 || (index + 1) > completeSubtrees(level, treeSize)) {
            throw new IllegalArgumentException("node " + level + "/" + index + " is not complete in a tree of size "
                    + treeSize);
        }
        return new TilePath.Hashes(tileLevel, tileIndex, width);
    }

    /** The entry bundle that holds leaf {@code leafIndex} in a tree of {@code treeSize} leaves. */
    public static TilePath.Entries bundleOfLeaf(long leafIndex, long treeSize) {
        TilePath.Hashes tile = tileOfNode(0, leafIndex, treeSize);
        return new TilePath.Entries(tile.index(), tile.width());
    }

    /** The tiles a client needs to compute the root of a tree of {@code treeSize} leaves. */
    public static List<TilePath.Hashes> forRoot(long treeSize) {
        return recordTiles(treeSize, source -> source.root(treeSize));
    }

    /** The tiles a client needs to compute the inclusion proof of leaf {@code index} at {@code treeSize}. */
    public static List<TilePath.Hashes> forInclusionProof(long index, long treeSize) {
        return recordTiles(treeSize, source -> InclusionProof.generate(index, treeSize, source));
    }

    /** The tiles a client needs to compute the consistency proof from {@code fromSize} to {@code toSize}. */
    public static List<TilePath.Hashes> forConsistencyProof(long fromSize, long toSize) {
        return recordTiles(toSize, source -> ConsistencyProof.generate(fromSize, toSize, source));
    }

    // Runs the real generation code against a source that records which tiles it would read.
    private static List<TilePath.Hashes> recordTiles(long treeSize, Consumer<HashSource> computation) {
        Map<TilePath.Hashes, Boolean> tiles = new LinkedHashMap<>();
        Hash placeholder = TreeHash.EMPTY_ROOT;
        computation.accept((level, index) -> {
            tiles.put(tileOfNode(level, index, treeSize), Boolean.TRUE);
            return placeholder;
        });
        return new ArrayList<>(tiles.keySet());
    }

    /** Number of complete subtrees at tree {@code level} in a tree of {@code treeSize} leaves. */
    static long completeSubtrees(int level, long treeSize) {
        return level >= Long.SIZE ? 0 : treeSize >>> level;
    }

    /** The tlog-tiles index encoding: 3-digit groups, all but the last prefixed with {@code x}. */
    static String encodeIndex(long index) {
        String last = String.format("%03d", index % 1000);
        StringBuilder path = new StringBuilder();
        for (long rest = index / 1000; rest > 0; rest /= 1000) {
            path.insert(0, String.format("x%03d/", rest % 1000));
        }
        return path.append(last).toString();
    }

    static String widthSuffix(int width) {
        return width == WIDTH ? "" : ".p/" + width;
    }

    static void checkIndexAndWidth(long index, int width) {
        if (index < 0) {
            throw new IllegalArgumentException("tile index must be >= 0, got " + index);
        }
        if (width < 1 || width > WIDTH) {
            throw new IllegalArgumentException("tile width must be 1.." + WIDTH + ", got " + width);
        }
    }
}
