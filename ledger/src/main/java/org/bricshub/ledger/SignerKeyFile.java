package org.bricshub.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.bricshub.merkle.NoteKeys;

/**
 * A file holding one C2SP signed-note signer key string ({@code PRIVATE+KEY+<name>+...}), readable by its owner only
 * (mode 0600): the log's key and a witness's key live in such files, created on first start.
 */
public final class SignerKeyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SignerKeyFile() {
    }

    /**
     * The signer key string in {@code file}; when the file does not exist, a new Ed25519 key named {@code name} is
     * generated and written there first (mode 0600, atomically).
     *
     * @throws LogStoreException if the file cannot be read or written, or is readable by others
     */
    public static String loadOrCreate(Path file, String name) {
        try {
            if (!Files.exists(file)) {
                DurableFiles.writeAtomically(file, NoteKeys.generateSignerKey(name).getBytes(StandardCharsets.UTF_8),
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
        } catch (IOException e) {
            throw new LogStoreException("cannot create the key file " + file, e);
        }
        return read(file);
    }

    /**
     * The signer key string in an existing {@code file}.
     *
     * @throws LogStoreException if the file is missing, unreadable, or readable by others
     */
    public static String read(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new LogStoreException("key file " + file + " must be readable by its owner only (0600), is "
                        + PosixFilePermissions.toString(permissions));
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new LogStoreException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }
}
