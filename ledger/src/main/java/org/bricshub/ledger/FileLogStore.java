package org.bricshub.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bricshub.merkle.EntryBundle;
import org.bricshub.merkle.TilePath;
import org.bricshub.merkle.Tiles;

/**
 * {@link LogStore} in a directory laid out as C2SP tlog-tiles paths: full tiles and bundles at their path, partial
 * ones at {@code <path>.p/<W>}. Every file is written whole to a temporary name, forced to disk and renamed. A write
 * stores its tiles or bundles first and then the small file that records the new size; reads only look at widths
 * that size allows, so files left by a crash in between are never read, and are overwritten by the next write.
 */
final class FileLogStore implements LogStore {

    private static final String SEQUENCED = "sequenced-size";
    private static final String INTEGRATED = "integrated-size";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;
    // Written under the lock, read without it: a file a size refers to is complete and never rewritten.
    private volatile long sequencedSize;
    private volatile long integratedSize;

    private FileLogStore(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static FileLogStore open(Path root) {
        try {
            Files.createDirectories(root.resolve("checkpoints"));
            FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                channel.close();
                throw new LogStoreException("log directory " + root + " is locked by another process");
            }
            FileLogStore store = new FileLogStore(root, channel, lock);
            store.sequencedSize = store.readSize(SEQUENCED);
            store.integratedSize = store.readSize(INTEGRATED);
            return store;
        } catch (IOException e) {
            throw new LogStoreException("cannot open log directory " + root, e);
        }
    }

    @Override
    public synchronized void sequence(long firstIndex, List<byte[]> entries) {
        if (firstIndex != sequencedSize) {
            throw new LogStoreException("sequencing at " + firstIndex + " but the log has " + sequencedSize
                    + " sequenced entries: another writer?");
        }
        long index = firstIndex / Tiles.WIDTH;
        List<byte[]> bundle = new ArrayList<>(bundleEntries(index));
        for (byte[] entry : entries) {
            bundle.add(entry);
            if (bundle.size() == Tiles.WIDTH) {
                writeBundle(index++, bundle);
                bundle.clear();
            }
        }
        if (!bundle.isEmpty()) {
            writeBundle(index, bundle);
        }
        writeSize(SEQUENCED, firstIndex + entries.size());
        sequencedSize = firstIndex + entries.size();
    }

    @Override
    public long sequencedSize() {
        return sequencedSize;
    }

    @Override
    public List<byte[]> readEntries(long fromIndex, int maxEntries) {
        List<byte[]> entries = new ArrayList<>();
        for (long index = fromIndex / Tiles.WIDTH; entries.size() < maxEntries
                && index * Tiles.WIDTH < sequencedSize; index++) {
            List<byte[]> bundle = bundleEntries(index);
            int skip = (int) Math.max(0, fromIndex - index * Tiles.WIDTH);
            entries.addAll(bundle.subList(skip, Math.min(bundle.size(), skip + maxEntries - entries.size())));
        }
        return entries;
    }

    @Override
    public synchronized void integrate(IntegrationStep step) {
        if (step.fromSize() != integratedSize || step.toSize() > sequencedSize) {
            throw new LogStoreException("integration step " + step.fromSize() + " -> " + step.toSize()
                    + " does not follow integrated size " + integratedSize + " / sequenced " + sequencedSize);
        }
        for (IntegrationStep.Tile tile : step.tiles()) {
            write(root.resolve(new TilePath.Hashes(tile.level(), tile.index(), tile.width()).path()), tile.hashes());
        }
        writeSize(INTEGRATED, step.toSize());
        integratedSize = step.toSize();
    }

    @Override
    public long integratedSize() {
        return integratedSize;
    }

    @Override
    public Optional<byte[]> readTile(int level, long index) {
        int width = Tiles.width(level, index, integratedSize);
        return width == 0 ? Optional.empty() : Optional.of(read(new TilePath.Hashes(level, index, width)));
    }

    @Override
    public Optional<byte[]> readEntryBundle(long index) {
        int width = Tiles.width(0, index, sequencedSize);
        return width == 0 ? Optional.empty() : Optional.of(read(new TilePath.Entries(index, width)));
    }

    @Override
    public synchronized void writeCheckpoint(long treeSize, byte[] note) {
        String name = String.format("%020d", treeSize);
        write(root.resolve("checkpoints").resolve(name), note);
        if (checkpointFiles().get(checkpointFiles().size() - 1).getFileName().toString().equals(name)) {
            write(root.resolve("checkpoint"), note);
        }
    }

    @Override
    public Optional<byte[]> readLatestCheckpoint() {
        Path file = root.resolve("checkpoint");
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    @Override
    public List<byte[]> readCheckpoints() {
        return checkpointFiles().stream().map(FileLogStore::read).toList();
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new LogStoreException("cannot release the lock of " + root, e);
        }
    }

    private List<byte[]> bundleEntries(long index) {
        int width = Tiles.width(0, index, sequencedSize);
        return width == 0 ? List.of() : EntryBundle.decodeEntries(read(new TilePath.Entries(index, width)), width);
    }

    private void writeBundle(long index, List<byte[]> entries) {
        write(root.resolve(new TilePath.Entries(index, entries.size()).path()), EntryBundle.encodeEntries(entries));
    }

    private List<Path> checkpointFiles() {
        try (Stream<Path> files = Files.list(root.resolve("checkpoints"))) {
            return files.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new LogStoreException("cannot list checkpoints in " + root, e);
        }
    }

    private byte[] read(TilePath path) {
        return read(root.resolve(path.path()));
    }

    private long readSize(String name) {
        Path file = root.resolve(name);
        return Files.exists(file) ? Long.parseLong(new String(read(file), StandardCharsets.US_ASCII).trim()) : 0;
    }

    private void writeSize(String name, long size) {
        write(root.resolve(name), Long.toString(size).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LogStoreException("cannot read " + file, e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            DurableFiles.writeAtomically(file, content);
        } catch (IOException e) {
            throw new LogStoreException("cannot write " + file, e);
        }
    }
}
