package org.bricshub.merkle;

import java.util.function.UnaryOperator;

/**
 * RFC 8032 Ed25519 on raw keys: 32-byte private key seeds, 32-byte public keys, 64-byte signatures. The JDK's
 * provider ({@link #jdk()}) is always there; a faster one (BouncyCastle, in the ledger) plugs in here.
 */
public interface Ed25519 {

    /** The public key of a private key seed (RFC 8032 §5.1.5). */
    byte[] publicKey(byte[] seed);

    /** A function that signs messages with the key of {@code seed}; prepared once, used for many messages. */
    UnaryOperator<byte[]> signer(byte[] seed);

    /** True if {@code signature} is a valid signature of {@code message} by {@code publicKey}. */
    boolean verify(byte[] publicKey, byte[] message, byte[] signature);

    /** The JDK's Ed25519 ({@code java.security}, algorithm "Ed25519"). */
    static Ed25519 jdk() {
        return JdkEd25519.INSTANCE;
    }
}
