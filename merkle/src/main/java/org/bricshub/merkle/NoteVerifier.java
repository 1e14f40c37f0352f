package org.bricshub.merkle;

/** A trusted public key that checks C2SP signed-note signatures. Build one with {@link NoteKeys}. */
public interface NoteVerifier {

    /** The key name signatures must carry. */
    String name();

    /** The 32-bit key ID signatures must carry. */
    int keyId();

    /** True if {@code signature} (without the key ID) is a valid signature of the note {@code text}. */
    boolean verify(byte[] text, byte[] signature);
}
