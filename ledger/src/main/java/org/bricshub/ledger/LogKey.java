package org.bricshub.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /** The origin whose key {@code file} holds, if the file exists: a log keeps its origin for life. */
    static Optional<String> originOf(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String[] parts = SignerKeyFile.read(file).split("\\+", 4); // PRIVATE+KEY+<name>+<id>+<key>
        return parts.length == 4 ? Optional.of(parts[2]) : Optional.empty();
    }

    /**
     * Reads the key of log {@code origin} from {@code file}, or creates it there.
     *
     * @throws LogStoreException if the file cannot be read or written, is readable by others, or holds the key of
     *                           another origin
     */
    static LogKey loadOrCreate(Path file, String origin, Ed25519 ed25519) {
        String signerKey = SignerKeyFile.loadOrCreate(file, origin);
        NoteSigner signer = NoteKeys.signer(signerKey, ed25519);
        if (!signer.name().equals(origin)) {
            throw new LogStoreException("log key file " + file + " holds the key of '" + signer.name()
                    + "', not of origin '" + origin + "'");
        }
        return new LogKey(signer, NoteKeys.verifierKeyOf(signerKey, ed25519));
    }
}
