package org.bricshub.trace;

import java.util.Locale;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * The alphabet and length of the serials (AI 21) that a batch issues. Both alphabets are subsets of the AI-82
 * character set that survive being read aloud or typed from a label; the lengths make a guessed serial genuine
 * with probability count / radix^length (10^-9 for a 10-million-code batch of 16 digits).
 */
public enum SerialFormat {
    /** 16 decimal digits (10^16 serials). */
    DIGITS("digits", "0123456789", 16),
    /** 12 characters of Crockford's base-32 alphabet: digits and capitals without I, L, O, U (2^60 serials). */
    ALPHANUMERIC("alphanumeric", "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 12);

    private final String wireName;
    private final String alphabet;
    private final int length;
    private final int[] values = new int[128];

    SerialFormat(String wireName, String alphabet, int length) {
        this.wireName = wireName;
        this.alphabet = alphabet;
        this.length = length;
        java.util.Arrays.fill(values, -1);
        for (int i = 0; i < alphabet.length(); i++) {
            values[alphabet.charAt(i)] = i;
        }
    }

    /** The name in the API, e.g. {@code digits}. */
    public String wireName() {
        return wireName;
    }

    public int radix() {
        return alphabet.length();
    }

    public int length() {
        return length;
    }

    /** @throws InvalidInputException naming {@code field} for an unknown name */
    public static SerialFormat parse(String field, String name) {
        for (SerialFormat f : values()) {
            if (f.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new InvalidInputException(field, "must be 'digits' or 'alphanumeric', got '" + name + "'");
    }

    /** Writes {@code value} as {@link #length()} numerals of this alphabet into {@code out} at {@code offset}. */
    void write(long value, byte[] out, int offset) {
        int radix = radix();
        for (int i = offset + length - 1; i >= offset; i--) {
            out[i] = (byte) alphabet.charAt((int) (value % radix));
            value /= radix;
        }
    }

    /** The serial's value, or -1 when it has the wrong length or a character outside the alphabet. */
    long read(String serial) {
        if (serial.length() != length) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = serial.charAt(i);
            int n = c < 128 ? values[c] : -1;
            if (n < 0) {
                return -1;
            }
            value = value * radix() + n;
        }
        return value;
    }
}
