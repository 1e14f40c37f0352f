package org.bricshub.merkle;

/** Reads stored hash tiles; what {@link TileHashSource} needs from a tile store. */
@FunctionalInterface
public interface TileReader {

    /**
     * The hashes of tile {@code index} at tile {@code level}, concatenated, at least {@code minWidth} of them.
     * A wider (later) version of a partial tile is fine: its first hashes never change.
     *
     * @throws IllegalStateException if the store has no such tile of at least that width
     */
    byte[] readTile(int level, long index, int minWidth);
}
