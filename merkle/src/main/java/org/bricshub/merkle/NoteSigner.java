package org.bricshub.merkle;

/** A key that signs C2SP signed-note texts. Build one with {@link NoteKeys}. */
public interface NoteSigner {

    /** The key name, as written on the signature line. */
    String name();

    /** The 32-bit key ID written before the signature bytes. */
    int keyId();

    /** Signs the note text (UTF-8, ending in a newline); returns the signature bytes without the key ID. */
    byte[] sign(byte[] text);
}
