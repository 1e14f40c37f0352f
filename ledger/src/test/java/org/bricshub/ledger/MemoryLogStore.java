package org.bricshub.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bricshub.merkle.EntryBundle;
import org.bricshub.merkle.Tiles;

/** A {@link LogStore} in memory, for tests of the integration logic; keeps the contract's conditional writes. */
class MemoryLogStore implements LogStore {

    private final List<byte[]> entries = new ArrayList<>();
    private final Map<String, byte[]> tiles = new HashMap<>();
    private final TreeMap<Long, byte[]> checkpoints = new TreeMap<>();
    private long integratedSize;

    @Override
    public synchronized void sequence(long firstIndex, List<byte[]> batch) {
        if (firstIndex != entries.size()) {
            throw new LogStoreException("sequencing at " + firstIndex + ", have " + entries.size());
        }
        entries.addAll(batch);
    }

    @Override
    public synchronized long sequencedSize() {
        return entries.size();
    }

    @Override
    public synchronized List<byte[]> readEntries(long fromIndex, int maxEntries) {
        return List.copyOf(entries.subList((int) fromIndex, (int) Math.min(entries.size(), fromIndex + maxEntries)));
    }

    @Override
    public synchronized void integrate(IntegrationStep step) {
        if (step.fromSize() != integratedSize || step.toSize() > entries.size()) {
            throw new LogStoreException("step " + step.fromSize() + " -> " + step.toSize() + " out of order");
        }
        for (IntegrationStep.Tile tile : step.tiles()) {
            tiles.put(tile.level() + "/" + tile.index(), tile.hashes());
        }
        integratedSize = step.toSize();
    }

    @Override
    public synchronized long integratedSize() {
        return integratedSize;
    }

    @Override
    public synchronized Optional<byte[]> readTile(int level, long index) {
        return Optional.ofNullable(tiles.get(level + "/" + index));
    }

    @Override
    public synchronized Optional<byte[]> readEntryBundle(long index) {
        int width = Tiles.width(0, index, entries.size());
        int first = (int) (index * Tiles.WIDTH);
        return width == 0 ? Optional.empty()
                : Optional.of(EntryBundle.encodeEntries(entries.subList(first, first + width)));
    }

    @Override
    public synchronized void writeCheckpoint(long treeSize, byte[] note) {
        checkpoints.put(treeSize, note);
    }

    @Override
    public synchronized Optional<byte[]> readLatestCheckpoint() {
        return checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.lastEntry().getValue());
    }

    @Override
    public synchronized List<byte[]> readCheckpoints() {
        return new ArrayList<>(checkpoints.values());
    }

    @Override
    public void close() {
    }
}
