package org.bricshub.ledger;

import java.util.function.UnaryOperator;
import org.bricshub.merkle.Ed25519;

/**
 * RFC 8032 Ed25519 by BouncyCastle's low-level implementation, about ten times the JDK's speed here: plug it into
 * {@link org.bricshub.merkle.NoteKeys} for checkpoint signing, witnesses and verification.
 */
public final class BouncyCastleEd25519 implements Ed25519 {

    /** The one instance (stateless, thread-safe). */
    public static final BouncyCastleEd25519 INSTANCE = new BouncyCastleEd25519();

    private BouncyCastleEd25519() {
        org.bouncycastle.math.ec.rfc8032.Ed25519.precompute();
    }

    @Override
    public byte[] publicKey(byte[] seed) {
        checkSeed(seed);
        byte[] publicKey = new byte[org.bouncycastle.math.ec.rfc8032.Ed25519.PUBLIC_KEY_SIZE];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        return publicKey;
    }

    @Override
    public UnaryOperator<byte[]> signer(byte[] seed) {
        byte[] privateKey = seed.clone();
        byte[] publicKey = publicKey(privateKey);
        return message -> {
            byte[] signature = new byte[org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE];
            org.bouncycastle.math.ec.rfc8032.Ed25519.sign(privateKey, 0, publicKey, 0, message, 0, message.length,
                    signature, 0);
            return signature;
        };
    }

    @Override
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != 32 || signature.length != 64) {
            return false;
        }
        return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, publicKey, 0, message, 0,
                message.length);
    }

    private static void checkSeed(byte[] seed) {
        if (seed.length != org.bouncycastle.math.ec.rfc8032.Ed25519.SECRET_KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, got " + seed.length);
        }
    }
}
