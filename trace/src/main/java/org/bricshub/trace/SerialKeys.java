package org.bricshub.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key from which every batch's serial key is derived: per batch, AES-128 key =
 * HMAC-SHA256(master, "bricshub serial key v1" || batch salt) truncated to 16 bytes. The database holds only the
 * random salt, so a copy of the database alone neither reveals keys nor lets anyone mint genuine serials; the
 * master key lives in the data folder (file mode 0600) and must be backed up with it.
 */
public final class SerialKeys {
    private static final byte[] LABEL = "bricshub serial key v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] master;

    private SerialKeys(byte[] master) {
        this.master = master.clone();
    }

    /**
     * Loads {@code dataDir/keys/serial-master.key}, creating it (32 random bytes, mode 0600) on first use.
     *
     * @throws UncheckedIOException if the file cannot be read or created, or does not hold 32 bytes
     */
    public static SerialKeys openOrCreate(Path dataDir) {
        Path file = dataDir.resolve("keys").resolve("serial-master.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.write(file, fresh);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: read theirs
                }
            }
            byte[] master = Files.readAllBytes(file);
            if (master.length != 32) {
                throw new IOException(file + " must hold 32 bytes, holds " + master.length);
            }
            return new SerialKeys(master);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the serial master key: " + e.getMessage(), e);
        }
    }

    /** A fresh random salt for a new batch. */
    static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The AES-128 key of the batch with this salt. */
    byte[] batchKey(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            mac.update(LABEL);
            return Arrays.copyOf(mac.doFinal(salt), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
