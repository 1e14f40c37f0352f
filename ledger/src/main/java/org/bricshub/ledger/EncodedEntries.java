package org.bricshub.ledger;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.bricshub.merkle.EntryBundle;

/** Sequenced batches are stored in the entry-bundle encoding (uint16-length-prefixed), any number per batch. */
final class EncodedEntries {

    private EncodedEntries() {
    }

    static byte[] encode(List<byte[]> entries) {
        int size = 0;
        for (byte[] entry : entries) {
            size += 2 + entry.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        for (byte[] entry : entries) {
            EntryBundle.appendEntry(out, entry);
        }
        return out.toByteArray();
    }
}
