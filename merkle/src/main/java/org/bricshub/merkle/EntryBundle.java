package org.bricshub.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A C2SP tlog-tiles entry bundle: up to 256 log entries, each prefixed by its length as a big-endian uint16.
 *
 * @param entries the entries in log order; each at most 65,535 bytes
 */
public record EntryBundle(List<byte[]> entries) {

    /** The largest entry a bundle can carry. */
    public static final int MAX_ENTRY_SIZE = 0xFFFF;

    public EntryBundle {
        if (entries.size() > Tiles.WIDTH) {
            throw new IllegalArgumentException("a bundle holds at most " + Tiles.WIDTH + " entries, got "
                    + entries.size());
        }
        List<byte[]> copies = new ArrayList<>(entries.size());
        for (byte[] entry : entries) {
            checkEntrySize(entry);
            copies.add(entry.clone());
        }
        entries = List.copyOf(copies);
    }

    /** The entries, copied. */
    @Override
    public List<byte[]> entries() {
        return entries.stream().map(byte[]::clone).toList();
    }

    /** Number of entries. */
    public int width() {
        return entries.size();
    }

    /** The serialized bundle. */
    public byte[] encode() {
        return encodeEntries(entries);
    }

    /**
     * Length-prefixes and concatenates any number of entries, in the bundle encoding, without copying them first
     * (the ledger stores sequenced batches so).
     *
     * @throws IllegalArgumentException if an entry is longer than 65,535 bytes
     */
    public static byte[] encodeEntries(List<byte[]> entries) {
        int size = 0;
        for (byte[] entry : entries) {
            checkEntrySize(entry);
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

    /**
     * Parses a serialized bundle.
     *
     * @throws LogFormatException if a length prefix runs past the end or there are more than 256 entries
     */
    public static EntryBundle decode(byte[] bundle) {
        return new EntryBundle(decodeEntries(bundle, Tiles.WIDTH));
    }

    /**
     * Splits any number of length-prefixed entries, in the bundle encoding (the ledger stores sequenced batches so).
     *
     * @throws LogFormatException if a length prefix runs past the end or there are more than {@code maxEntries}
     */
    public static List<byte[]> decodeEntries(byte[] encoded, int maxEntries) {
        List<byte[]> entries = new ArrayList<>();
        int at = 0;
        while (at < encoded.length) {
            if (at + 2 > encoded.length) {
                throw new LogFormatException("entry bundle", "truncated length prefix at byte " + at);
            }
            int length = ((encoded[at] & 0xFF) << 8) | (encoded[at + 1] & 0xFF);
            at += 2;
            if (at + length > encoded.length) {
                throw new LogFormatException("entry bundle", "entry " + entries.size() + " of " + length
                        + " bytes runs past the end at byte " + encoded.length);
            }
            if (entries.size() == maxEntries) {
                throw new LogFormatException("entry bundle", "more than " + maxEntries + " entries");
            }
            entries.add(Arrays.copyOfRange(encoded, at, at + length));
            at += length;
        }
        return entries;
    }

    /** The first {@code width} entries, e.g. to serve {@code .p/<width>} from a wider stored bundle. */
    public EntryBundle prefix(int width) {
        if (width < 0 || width > entries.size()) {
            throw new IllegalArgumentException("prefix width must be 0.." + entries.size() + ", got " + width);
        }
        return new EntryBundle(entries.subList(0, width));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntryBundle b && Arrays.equals(encode(), b.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "EntryBundle[" + entries.size() + " entries]";
    }

    private static void checkEntrySize(byte[] entry) {
        if (entry.length > MAX_ENTRY_SIZE) {
            throw new IllegalArgumentException("an entry holds at most " + MAX_ENTRY_SIZE + " bytes, got "
                    + entry.length);
        }
    }
}
