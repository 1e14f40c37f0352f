package org.bricshub.merkle;

/** A C2SP signed-note Ed25519 verifier (signature type 0x01). */
record Ed25519NoteVerifier(String name, int keyId, byte[] publicKey, Ed25519 ed25519) implements NoteVerifier {

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        return signature.length == 64 && ed25519.verify(publicKey, text, signature);
    }
}
