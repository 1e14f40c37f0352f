package org.bricshub.gs1;

import java.math.BigInteger;

/**
 * A growable string of bits, read and written most significant bit first, with the URI-safe base64 alphabet
 * of GS1 Digital Link compression (RFC 4648 §5 without padding; the last 6-bit group is zero-padded).
 */
final class BitString {

    static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final StringBuilder bits;
    private int cursor;

    BitString() {
        bits = new StringBuilder(256);
    }

    private BitString(StringBuilder bits) {
        this.bits = bits;
    }

    static BitString fromBase64(String base64) {
        StringBuilder bits = new StringBuilder(base64.length() * 6);
        for (int i = 0; i < base64.length(); i++) {
            int v = BASE64URL.indexOf(base64.charAt(i));
            if (v < 0) {
                throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "'" + base64 + "' is not base64url");
            }
            for (int b = 5; b >= 0; b--) {
                bits.append((v >> b & 1) == 1 ? '1' : '0');
            }
        }
        return new BitString(bits);
    }

    String toBase64() {
        StringBuilder out = new StringBuilder(bits.length() / 6 + 1);
        for (int i = 0; i < bits.length(); i += 6) {
            int v = 0;
            for (int b = 0; b < 6; b++) {
                v = v << 1 | (i + b < bits.length() && bits.charAt(i + b) == '1' ? 1 : 0);
            }
            out.append(BASE64URL.charAt(v));
        }
        return out.toString();
    }

    void write(long value, int width) {
        for (int b = width - 1; b >= 0; b--) {
            bits.append((value >> b & 1) == 1 ? '1' : '0');
        }
    }

    void write(BigInteger value, int width) {
        if (value.bitLength() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " bits");
        }
        for (int b = width - 1; b >= 0; b--) {
            bits.append(value.testBit(b) ? '1' : '0');
        }
    }

    int remaining() {
        return bits.length() - cursor;
    }

    int read(int width) {
        if (width > 31) {
            return readBig(width).intValueExact();
        }
        if (width > remaining()) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "compressed Digital Link ends too early");
        }
        int v = 0;
        for (int i = 0; i < width; i++) {
            v = v << 1 | (bits.charAt(cursor++) - '0');
        }
        return v;
    }

    BigInteger readBig(int width) {
        if (width > remaining()) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "compressed Digital Link ends too early");
        }
        BigInteger v = width == 0 ? BigInteger.ZERO : new BigInteger(bits.substring(cursor, cursor + width), 2);
        cursor += width;
        return v;
    }

    /** Looks at the next {@code width} bits without consuming them. */
    int peek(int width) {
        int v = read(width);
        cursor -= width;
        return v;
    }

    void skip(int width) {
        cursor += width;
    }
}
