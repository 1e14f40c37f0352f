package org.bricshub.merkle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * C2SP signed-note key strings and key IDs for Ed25519.
 * <ul>
 * <li>verifier key ("vkey"): {@code <name>+<8 hex key ID>+base64(<type> || public key)}</li>
 * <li>signer key: {@code PRIVATE+KEY+<name>+<8 hex key ID>+base64(0x01 || 32-byte seed)}</li>
 * <li>key ID: {@code SHA-256(name || 0x0A || type || public key)[:4]}, big-endian</li>
 * </ul>
 * Type 0x01 is a plain Ed25519 note signature; type 0x04 a C2SP tlog-cosignature cosignature/v1.
 */
public final class NoteKeys {

    /** Signature type of Ed25519 note signatures (signed-note). */
    public static final byte TYPE_ED25519 = 0x01;
    /** Signature type of timestamped Ed25519 cosignatures (tlog-cosignature, cosignature/v1). */
    public static final byte TYPE_COSIGNATURE_V1 = 0x04;

    private static final String FORMAT = "note key";
    private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";

    private NoteKeys() {
    }

    /** Generates a new Ed25519 signer key string for {@code name} from a fresh random seed. */
    public static String generateSignerKey(String name) {
        checkName(name);
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return signerKey(name, seed, Ed25519.jdk());
    }

    /** The signer key string of an Ed25519 {@code seed} under {@code name}. */
    public static String signerKey(String name, byte[] seed, Ed25519 ed25519) {
        checkName(name);
        int keyId = keyId(name, TYPE_ED25519, ed25519.publicKey(seed));
        return PRIVATE_PREFIX + name + "+" + hex(keyId) + "+" + base64(TYPE_ED25519, seed);
    }

    /** The verifier key string ("vkey") of an Ed25519 public key for the given signature type. */
    public static String verifierKey(String name, byte type, byte[] publicKey) {
        checkName(name);
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, got " + publicKey.length);
        }
        return name + "+" + hex(keyId(name, type, publicKey)) + "+" + base64(type, publicKey);
    }

    /** The verifier key string of a signer key string (same name, type 0x01). */
    public static String verifierKeyOf(String signerKey, Ed25519 ed25519) {
        ParsedSignerKey key = parseSignerKey(signerKey, ed25519);
        return verifierKey(key.name(), TYPE_ED25519, ed25519.publicKey(key.seed()));
    }

    /**
     * The cosignature/v1 verifier key string (type 0x04) of a signer key string: what a witness publishes for the
     * logs that collect its cosignatures.
     */
    public static String cosignerVerifierKeyOf(String signerKey, Ed25519 ed25519) {
        ParsedSignerKey key = parseSignerKey(signerKey, ed25519);
        return verifierKey(key.name(), TYPE_COSIGNATURE_V1, ed25519.publicKey(key.seed()));
    }

    /**
     * A note signer from a signer key string.
     *
     * @throws LogFormatException if the string is malformed or its key ID does not match its key
     */
    public static NoteSigner signer(String signerKey, Ed25519 ed25519) {
        ParsedSignerKey key = parseSignerKey(signerKey, ed25519);
        return new Ed25519NoteSigner(key.name(), key.keyId(), ed25519.signer(key.seed()));
    }

    /**
     * A tlog-cosignature cosignature/v1 signer from an Ed25519 signer key string (whose ID is type 0x01): signs
     * with the same key under the type 0x04 key ID, stamping each signature with the time of {@code clock}.
     */
    public static NoteSigner cosigner(String signerKey, Ed25519 ed25519, InstantSource clock) {
        ParsedSignerKey key = parseSignerKey(signerKey, ed25519);
        int keyId = keyId(key.name(), TYPE_COSIGNATURE_V1, ed25519.publicKey(key.seed()));
        return new CosignatureV1.Signer(key.name(), keyId, ed25519.signer(key.seed()), clock);
    }

    /**
     * A note verifier from a verifier key string of type 0x01 (Ed25519) or 0x04 (cosignature/v1).
     *
     * @throws LogFormatException if the string is malformed, of another type, or its key ID does not match
     */
    public static NoteVerifier verifier(String verifierKey, Ed25519 ed25519) {
        String[] parts = verifierKey.split("\\+", 3);
        if (parts.length != 3) {
            throw new LogFormatException(FORMAT, "verifier key must read <name>+<hex key ID>+<base64 key>");
        }
        String name = checkedName(parts[0]);
        int keyId = parseKeyId(parts[1]);
        byte[] typed = decode(parts[2]);
        if (typed.length != 33 || (typed[0] != TYPE_ED25519 && typed[0] != TYPE_COSIGNATURE_V1)) {
            throw new LogFormatException(FORMAT, "verifier key must be type 0x01 or 0x04 with a 32-byte key");
        }
        byte[] publicKey = Arrays.copyOfRange(typed, 1, 33);
        if (keyId(name, typed[0], publicKey) != keyId) {
            throw new LogFormatException(FORMAT, "key ID " + parts[1] + " does not match the key");
        }
        return typed[0] == TYPE_ED25519
                ? new Ed25519NoteVerifier(name, keyId, publicKey, ed25519)
                : new CosignatureV1.Verifier(name, keyId, publicKey, ed25519);
    }

    /** The key ID of a public key: {@code SHA-256(name || 0x0A || type || publicKey)[:4]} as a big-endian int. */
    public static int keyId(String name, byte type, byte[] publicKey) {
        MessageDigest digest = TreeHash.sha256();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(type);
        digest.update(publicKey);
        byte[] hash = digest.digest();
        return ((hash[0] & 0xFF) << 24) | ((hash[1] & 0xFF) << 16) | ((hash[2] & 0xFF) << 8) | (hash[3] & 0xFF);
    }

    /** Checks a key name: non-empty, no Unicode spaces, no {@code +}. */
    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.indexOf('+') >= 0
                || name.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new IllegalArgumentException("key name must be non-empty, without spaces or '+': " + name);
        }
    }

    private record ParsedSignerKey(String name, int keyId, byte[] seed) {
    }

    private static ParsedSignerKey parseSignerKey(String signerKey, Ed25519 ed25519) {
        if (!signerKey.startsWith(PRIVATE_PREFIX)) {
            throw new LogFormatException(FORMAT, "signer key must start with PRIVATE+KEY+");
        }
        String[] parts = signerKey.substring(PRIVATE_PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new LogFormatException(FORMAT, "signer key must read PRIVATE+KEY+<name>+<hex key ID>+<base64>");
        }
        String name = checkedName(parts[0]);
        int keyId = parseKeyId(parts[1]);
        byte[] typed = decode(parts[2]);
        if (typed.length != 33 || typed[0] != TYPE_ED25519) {
            throw new LogFormatException(FORMAT, "signer key must be type 0x01 with a 32-byte seed");
        }
        byte[] seed = Arrays.copyOfRange(typed, 1, 33);
        if (keyId(name, TYPE_ED25519, ed25519.publicKey(seed)) != keyId) {
            throw new LogFormatException(FORMAT, "key ID " + parts[1] + " does not match the key");
        }
        return new ParsedSignerKey(name, keyId, seed);
    }

    private static String checkedName(String name) {
        try {
            checkName(name);
            return name;
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(FORMAT, e.getMessage());
        }
    }

    private static int parseKeyId(String hex) {
        if (hex.length() != 8 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new LogFormatException(FORMAT, "key ID must be 8 lowercase hex digits: " + hex);
        }
        return (int) Long.parseLong(hex, 16);
    }

    private static byte[] decode(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (!Base64.getEncoder().encodeToString(bytes).equals(base64)) {
                throw new LogFormatException(FORMAT, "key must be padded standard base64");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(FORMAT, "key is not base64");
        }
    }

    private static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    private static String base64(byte type, byte[] key) {
        byte[] typed = new byte[1 + key.length];
        typed[0] = type;
        System.arraycopy(key, 0, typed, 1, key.length);
        return Base64.getEncoder().encodeToString(typed);
    }
}
