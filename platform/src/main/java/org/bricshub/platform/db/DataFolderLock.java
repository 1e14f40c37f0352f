package org.bricshub.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code DATA/bricshub.lock}, held for the life of a server, so that a second server on the
 * same data folder fails at once instead of corrupting the embedded database. The OS drops the lock when the
 * process dies, even on kill -9, so a stale lock file never blocks a restart.
 */
public final class DataFolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws DatabaseException naming the folder and the process that holds it */
    public static DataFolderLock acquire(Path dataDir) {
        Path file = dataDir.resolve("bricshub.lock");
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new DatabaseException("data folder " + dataDir + " is in use by another BRICS Hub server"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")") + "; stop it or choose another --data");
            }
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid())), 0);
            channel.force(true);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new DatabaseException("cannot lock data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process in any case
        }
    }
}
