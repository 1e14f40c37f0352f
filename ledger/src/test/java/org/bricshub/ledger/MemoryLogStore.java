package org.bricshub.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link LogStore} in memory, for tests of the integration logic; keeps the contract's conditional writes. */
class MemoryLogStore implements LogStore {

    private final TreeMap<Long, SequencedBatch> sequenced = new TreeMap<>();
    private final Map<String, byte[]> tiles = new HashMap<>();
    private final Map<Long, byte[]> bundles = new HashMap<>();
    private final TreeMap<Long, byte[]> checkpoints = new TreeMap<>();
    private long sequencedSize;
    private long integratedSize;

    @Override
    public synchronized void sequence(long firstIndex, List<byte[]> entries) {
        if (firstIndex != sequencedSize) {
            throw new LogStoreException("sequencing at " + firstIndex + ", have " + sequencedSize);
        }
        sequenced.put(firstIndex, new SequencedBatch(firstIndex, entries));
        sequencedSize += entries.size();
    }

    @Override
    public synchronized long sequencedSize() {
        return sequencedSize;
    }

    @Override
    public synchronized List<SequencedBatch> readSequenced(long fromIndex, int maxBatches) {
        return sequenced.tailMap(fromIndex).values().stream().limit(maxBatches).toList();
    }

    @Override
    public synchronized void integrate(IntegrationStep step) {
        if (step.fromSize() != integratedSize || step.toSize() > sequencedSize) {
            throw new LogStoreException("step " + step.fromSize() + " -> " + step.toSize() + " out of order");
        }
        for (IntegrationStep.Tile tile : step.tiles()) {
            tiles.merge(tile.level() + "/" + tile.index(), tile.hashes(), (old, neu) -> neu.length > old.length ? neu : old);
        }
        for (IntegrationStep.Bundle bundle : step.bundles()) {
            bundles.put(bundle.index(), bundle.encoded());
        }
        integratedSize = step.toSize();
        sequenced.headMap(integratedSize).entrySet().removeIf(e -> e.getValue().endIndex() <= integratedSize);
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
        return Optional.ofNullable(bundles.get(index));
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
