package org.bricshub.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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

/**
 * {@link LogStore} in a directory. Every file is written whole to a temporary name, forced to disk and renamed, so
 * a crash leaves either the old or the new file. An integration step writes its tiles before the file that records
 * the integrated size, so a crash in between leaves tiles that a replayed step rewrites with the same hashes.
 */
final class FileLogStore implements LogStore {

    private static final String STATE_FILE = "integrated-size";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private long sequencedSize;
    private long integratedSize;

    private FileLogStore(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static FileLogStore open(Path root) {
        try {
            Files.createDirectories(root.resolve("seq"));
            Files.createDirectories(root.resolve("checkpoints"));
            FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LogStoreException("log directory " + root + " is locked by another process");
            }
            FileLogStore store = new FileLogStore(root, channel, lock);
            store.integratedSize = store.readIntegratedSize();
            store.sequencedSize = store.sequencedFiles().stream().mapToLong(SequencedFile::end)
                    .max().orElse(store.integratedSize);
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
        byte[] blob = EncodedEntries.encode(entries);
        write(root.resolve("seq").resolve(String.format("%020d-%d", firstIndex, entries.size())), blob);
        sequencedSize += entries.size();
    }

    @Override
    public synchronized long sequencedSize() {
        return sequencedSize;
    }

    @Override
    public List<SequencedBatch> readSequenced(long fromIndex, int maxBatches) {
        List<SequencedBatch> batches = new ArrayList<>();
        for (SequencedFile file : sequencedFiles()) {
            if (file.first() >= fromIndex && batches.size() < maxBatches) {
                batches.add(new SequencedBatch(file.first(), EntryBundle.decodeEntries(read(file.path()),
                        Integer.MAX_VALUE)));
            }
        }
        return batches;
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
        for (IntegrationStep.Bundle bundle : step.bundles()) {
            write(root.resolve(new TilePath.Entries(bundle.index(), bundle.width()).path()), bundle.encoded());
        }
        write(root.resolve(STATE_FILE), Long.toString(step.toSize()).getBytes(StandardCharsets.US_ASCII));
        integratedSize = step.toSize();
        for (SequencedFile file : sequencedFiles()) {
            if (file.end() <= integratedSize) {
                delete(file.path());
            }
        }
    }

    @Override
    public synchronized long integratedSize() {
        return integratedSize;
    }

    @Override
    public Optional<byte[]> readTile(int level, long index) {
        return readWidest(new TilePath.Hashes(level, index, 256).path());
    }

    @Override
    public Optional<byte[]> readEntryBundle(long index) {
        return readWidest(new TilePath.Entries(index, 256).path());
    }

    @Override
    public synchronized void writeCheckpoint(long treeSize, byte[] note) {
        write(root.resolve("checkpoints").resolve(String.format("%020d", treeSize)), note);
        Optional<Path> latest = checkpointFiles().reduce((first, second) -> second);
        if (latest.isPresent() && latest.get().getFileName().toString().equals(String.format("%020d", treeSize))) {
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
        return checkpointFiles().map(FileLogStore::read).toList();
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

    private record SequencedFile(Path path, long first, long end) {
    }

    private List<SequencedFile> sequencedFiles() {
        try (Stream<Path> files = Files.list(root.resolve("seq"))) {
            return files.filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> {
                        String[] parts = p.getFileName().toString().split("-");
                        long first = Long.parseLong(parts[0]);
                        return new SequencedFile(p, first, first + Long.parseLong(parts[1]));
                    })
                    .sorted(Comparator.comparingLong(SequencedFile::first)).toList();
        } catch (IOException e) {
            throw new LogStoreException("cannot list sequenced entries in " + root, e);
        }
    }

    private Stream<Path> checkpointFiles() {
        try (Stream<Path> files = Files.list(root.resolve("checkpoints"))) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList().stream();
        } catch (IOException e) {
            throw new LogStoreException("cannot list checkpoints in " + root, e);
        }
    }

    // A full tile lives at its path; partial ones at <path>.p/<width>: read the full one, else the widest partial.
    private Optional<byte[]> readWidest(String fullPath) {
        Path full = root.resolve(fullPath);
        if (Files.exists(full)) {
            return Optional.of(read(full));
        }
        Path partials = root.resolve(fullPath + ".p");
        if (!Files.isDirectory(partials)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(partials)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.matches("[1-9][0-9]*"))
                    .max(Comparator.comparingInt(Integer::parseInt))
                    .map(name -> read(partials.resolve(name)));
        } catch (IOException e) {
            throw new LogStoreException("cannot list partial tiles in " + partials, e);
        }
    }

    private long readIntegratedSize() {
        Path file = root.resolve(STATE_FILE);
        return Files.exists(file) ? Long.parseLong(new String(read(file), StandardCharsets.US_ASCII).trim()) : 0;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LogStoreException("cannot read " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
