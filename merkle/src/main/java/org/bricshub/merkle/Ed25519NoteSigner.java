package org.bricshub.merkle;

import java.util.function.UnaryOperator;

/** A C2SP signed-note Ed25519 signer (signature type 0x01): signs the note text itself. */
record Ed25519NoteSigner(String name, int keyId, UnaryOperator<byte[]> signer) implements NoteSigner {

    @Override
    public byte[] sign(byte[] text) {
        return signer.apply(text);
    }
}
