package org.bricshub.ledger;

import java.util.List;

/**
 * Entries sequenced together at {@code firstIndex, firstIndex + 1, ...}.
 *
 * @param firstIndex index of the first entry
 * @param entries    the entries, in order; at least one
 */
public record SequencedBatch(long firstIndex, List<byte[]> entries) {

    public SequencedBatch {
        if (firstIndex < 0 || entries.isEmpty()) {
            throw new IllegalArgumentException("a batch has a first index >= 0 and entries, got " + firstIndex
                    + " and " + entries.size() + " entries");
        }
        entries = List.copyOf(entries);
    }

    /** The index after the last entry. */
    public long endIndex() {
        return firstIndex + entries.size();
    }
}
