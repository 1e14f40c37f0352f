package org.bricshub.ledger;

import java.util.List;
import org.bricshub.merkle.EntryBundle;

/** Entries in the C2SP tlog-tiles entry-bundle encoding (uint16 big-endian length, then the bytes), built in one go. */
final class EncodedEntries {

    private EncodedEntries() {
    }

    static byte[] encode(List<byte[]> entries) {
        int size = 0;
        for (byte[] entry : entries) {
            if (entry.length > EntryBundle.MAX_ENTRY_SIZE) {
                throw new IllegalArgumentException("an entry holds at most " + EntryBundle.MAX_ENTRY_SIZE
                        + " bytes, got " + entry.length);
            }
            size += 2 + entry.length;
        }
        byte[] encoded = new byte[size];
        int at = 0;
        for (byte[] entry : entries) {
            encoded[at] = (byte) (entry.length >>> 8);
            encoded[at + 1] = (byte) entry.length;
            System.arraycopy(entry, 0, encoded, at + 2, entry.length);
            at += 2 + entry.length;
        }
        return encoded;
    }
}
