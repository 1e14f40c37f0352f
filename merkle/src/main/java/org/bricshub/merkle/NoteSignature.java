package org.bricshub.merkle;

import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line of a C2SP signed note: {@code — <name> base64(keyID || signature)}.
 *
 * @param name      key name: non-empty, no spaces, no {@code +}
 * @param keyId     32-bit key ID (big-endian on the wire)
 * @param signature signature bytes, without the key ID; at least one byte
 */
public record NoteSignature(String name, int keyId, byte[] signature) {

    public NoteSignature {
        NoteKeys.checkName(name);
        if (signature.length == 0) {
            throw new IllegalArgumentException("a signature has at least one byte");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line as it appears in a note, ending in a newline. */
    public String line() {
        byte[] bytes = new byte[4 + signature.length];
        bytes[0] = (byte) (keyId >>> 24);
        bytes[1] = (byte) (keyId >>> 16);
        bytes[2] = (byte) (keyId >>> 8);
        bytes[3] = (byte) keyId;
        System.arraycopy(signature, 0, bytes, 4, signature.length);
        return "\u2014 " + name + " " + Base64.getEncoder().encodeToString(bytes) + "\n";
    }

    /** True if this signature was made by the key of {@code verifier}'s name and ID (not that it is valid). */
    boolean claims(NoteVerifier verifier) {
        return name.equals(verifier.name()) && keyId == verifier.keyId();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature s && name.equals(s.name) && keyId == s.keyId
                && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + keyId) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line().strip();
    }
}
