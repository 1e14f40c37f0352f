package org.bricshub.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.bricshub.merkle.Ed25519;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.NoteSigner;

/**
 * The log's Ed25519 signing key, kept as a C2SP signed-note signer key string in a file readable by its owner only
 * (mode 0600), created on first start.
 *
 * @param signer      signs checkpoints
 * @param verifierKey the public key as a signed-note verifier key, {@code <origin>+<key ID>+<base64>}
 */
record LogKey(NoteSigner signer, String verifierKey) {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The origin whose key {@code file} holds, if the file exists: a log keeps its origin for life. */
    static Optional<String> originOf(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\+", 4);
            return parts.length == 4 ? Optional.of(parts[2]) : Optional.empty();
        } catch (IOException e) {
            throw new LogStoreException("cannot read the log key file " + file, e);
        }
    }

    /**
     * Reads the key of log {@code origin} from {@code file}, or creates it there.
     *
     * @throws LogStoreException if the file cannot be read or written, is readable by others, or holds the key of
     *                           another origin
     */
    static LogKey loadOrCreate(Path file, String origin, Ed25519 ed25519) {
        try {
            if (!Files.exists(file)) {
                DurableFiles.writeAtomically(file, NoteKeys.generateSignerKey(origin).getBytes(StandardCharsets.UTF_8),
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new LogStoreException("log key file " + file + " must be readable by its owner only (0600), is "
                        + PosixFilePermissions.toString(permissions));
            }
            String signerKey = Files.readString(file, StandardCharsets.UTF_8).strip();
            NoteSigner signer = NoteKeys.signer(signerKey, ed25519);
            if (!signer.name().equals(origin)) {
                throw new LogStoreException("log key file " + file + " holds the key of '" + signer.name()
                        + "', not of origin '" + origin + "'");
            }
            return new LogKey(signer, NoteKeys.verifierKeyOf(signerKey, ed25519));
        } catch (IOException e) {
            throw new LogStoreException("cannot read or create the log key file " + file, e);
        }
    }
}
