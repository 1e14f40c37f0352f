package org.bricshub.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;

/** Crash-safe file writes: a reader sees the old file or the whole new one, and the new one survives a crash. */
public final class DurableFiles {

    private DurableFiles() {
    }

    /**
     * Writes {@code content} to a temporary file beside {@code file}, forces it to disk and renames it over
     * {@code file}; the temporary file is created with {@code attributes} (e.g. owner-only permissions).
     */
    public static void writeAtomically(Path file, byte[] content, FileAttribute<?>... attributes) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp", attributes);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(directory);
    }

    // The rename is durable only once the directory entry is on disk.
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
