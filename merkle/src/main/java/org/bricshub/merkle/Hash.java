package org.bricshub.merkle;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 Merkle tree hash (32 bytes), immutable.
 *
 * @param bytes the 32 hash bytes; copied on the way in, and {@link #bytes()} returns a copy
 */
public record Hash(byte[] bytes) {

    /** Length of a hash in bytes. */
    public static final int SIZE = 32;

    public Hash {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("a hash has exactly " + SIZE + " bytes, got "
                    + (bytes == null ? "null" : bytes.length));
        }
        bytes = bytes.clone();
    }

    /** Reads the hash at {@code offset} of {@code source} (e.g. the i-th hash of a tile at {@code 32 * i}). */
    public static Hash of(byte[] source, int offset) {
        return new Hash(Arrays.copyOfRange(source, offset, offset + SIZE));
    }

    /** Parses 64 hex digits. */
    public static Hash fromHex(String hex) {
        return new Hash(HexFormat.of().parseHex(hex));
    }

    /**
     * Parses standard base64 (RFC 4648 §4), as in checkpoints and JSON proofs.
     *
     * @throws LogFormatException if the text is not canonical, padded base64 of exactly 32 bytes
     */
    public static Hash fromBase64(String base64) {
        try {
            byte[] decoded = Base64.getDecoder().decode(base64);
            if (decoded.length != SIZE || !Base64.getEncoder().encodeToString(decoded).equals(base64)) {
                throw new LogFormatException("hash", "must be padded base64 of 32 bytes: " + base64);
            }
            return new Hash(decoded);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException("hash", "not base64: " + base64);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Copies the hash into {@code target} at {@code offset}, without an intermediate copy. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    /** The byte at {@code i}, without copying the hash. */
    public byte byteAt(int i) {
        return bytes[i];
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
