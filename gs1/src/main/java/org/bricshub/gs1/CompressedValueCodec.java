package org.bricshub.gs1;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Binary encoding of one AI value in a compressed GS1 Digital Link (GS1 Digital Link: Compression, §2-3;
 * the GS1 DigitalLinkToolkit's "tableF" formats). Numeric runs are written as binary integers; alphanumeric
 * runs carry a 3-bit encoding indicator: 0 digits, 1 lower-case hex, 2 upper-case hex, 3 URI-safe base64,
 * 4 7-bit ASCII. The value formats are derived from the syntax dictionary the way the toolkit groups them:
 * consecutive fixed numeric components merge (8003 N1 N13 → N14), trailing optional components merge into
 * one variable part (8008 N6 N2 [N2] [N2] → N8 N..4), an X fixed component merges with the X part after it.
 */
final class CompressedValueCodec {

    /** One part of a value: numeric or not, its (maximum) length, and whether the length varies. */
    record Part(boolean numeric, int length, boolean variable) {
    }

    private static final Pattern LOWER_HEX = Pattern.compile("[0-9a-f]+");
    private static final Pattern UPPER_HEX = Pattern.compile("[0-9A-F]+");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String HEX = "0123456789ABCDEF";
    private static final Map<String, List<Part>> FORMATS = new ConcurrentHashMap<>();

    private CompressedValueCodec() {
    }

    static List<Part> format(String ai) {
        return FORMATS.computeIfAbsent(ai, code -> derive(ApplicationIdentifiers.get(code)));
    }

    private static List<Part> derive(ApplicationIdentifier ai) {
        List<Part> parts = new ArrayList<>();
        for (ApplicationIdentifier.Component c : ai.components()) {
            boolean numeric = c.characterSet() == ApplicationIdentifier.CharacterSet.NUMERIC;
            Part last = parts.isEmpty() ? null : parts.getLast();
            if (last != null && c.optional() && last.variable() && last.numeric() == numeric) {
                parts.set(parts.size() - 1, new Part(numeric, last.length() + c.maxLength(), true));
            } else if (last != null && !c.optional() && numeric && c.fixedLength() && last.numeric() && !last.variable()) {
                parts.set(parts.size() - 1, new Part(true, last.length() + c.maxLength(), false));
            } else if (last != null && !c.optional() && !numeric && !last.numeric() && !last.variable()) {
                parts.set(parts.size() - 1, new Part(false, last.length() + c.maxLength(), !c.fixedLength()));
            } else {
                parts.add(new Part(numeric, c.maxLength(), c.optional() || !c.fixedLength()));
            }
        }
        return List.copyOf(parts);
    }

    static void encode(String ai, String value, BitString out) {
        int at = 0;
        for (Part p : format(ai)) {
            int len = p.variable() ? value.length() - at : Math.min(p.length(), value.length() - at);
            String run = value.substring(at, at + len);
            at += len;
            if (p.numeric()) {
                if (p.variable()) {
                    out.write(len, lengthBits(p.length()));
                }
                out.write(len == 0 ? BigInteger.ZERO : new BigInteger(run), valueBits(len));
            } else {
                int encoding = encodingOf(run);
                out.write(encoding, 3);
                if (p.variable()) {
                    out.write(len, lengthBits(p.length()));
                }
                writeString(run, encoding, out);
            }
        }
    }

    static String decode(String ai, BitString in) {
        StringBuilder value = new StringBuilder();
        for (Part p : format(ai)) {
            if (p.numeric()) {
                int len = p.variable() ? in.read(lengthBits(p.length())) : p.length();
                value.append(digits(in, len));
            } else {
                int encoding = in.read(3);
                int len = p.variable() ? in.read(lengthBits(p.length())) : p.length();
                value.append(readString(len, encoding, in));
            }
        }
        return value.toString();
    }

    static int encodingOf(String s) {
        if (!s.isEmpty() && CheckDigit.isDigits(s)) {
            return 0;
        }
        if (LOWER_HEX.matcher(s).matches()) {
            return 1;
        }
        if (UPPER_HEX.matcher(s).matches()) {
            return 2;
        }
        return BASE64.matcher(s).matches() ? 3 : 4;
    }

    static void writeString(String s, int encoding, BitString out) {
        switch (encoding) {
            case 0 -> {
                if (!s.isEmpty()) {
                    out.write(new BigInteger(s), valueBits(s.length()));
                }
            }
            case 1, 2 -> s.chars().forEach(c -> out.write(HEX.indexOf(Character.toUpperCase(c)), 4));
            case 3 -> s.chars().forEach(c -> out.write(BitString.BASE64URL.indexOf(c), 6));
            default -> s.chars().forEach(c -> {
                if (c > 127) {
                    throw new Gs1Exception(Gs1Exception.Rule.CHARACTER_SET, "'" + s + "' has a non-ASCII character");
                }
                out.write(c, 7);
            });
        }
    }

    static String readString(int len, int encoding, BitString in) {
        if (encoding == 0) {
            return digits(in, len);
        }
        StringBuilder s = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            switch (encoding) {
                case 1 -> s.append(Character.toLowerCase(HEX.charAt(in.read(4))));
                case 2 -> s.append(HEX.charAt(in.read(4)));
                case 3 -> s.append(BitString.BASE64URL.charAt(in.read(6)));
                case 4 -> s.append((char) in.read(7));
                default -> throw new Gs1Exception(Gs1Exception.Rule.SYNTAX,
                        "unknown encoding indicator " + encoding + " in a compressed Digital Link");
            }
        }
        return s.toString();
    }

    private static String digits(BitString in, int len) {
        String s = in.readBig(valueBits(len)).toString();
        if (len == 0) {
            return "";
        }
        if (s.length() > len) {
            throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "a compressed numeric value exceeds " + len + " digits");
        }
        return "0".repeat(len - s.length()) + s;
    }

    /**
     * Bits for an n-digit number, as the toolkit computes them: ceil(n log2 10 + 0.01); so an empty
     * variable-length numeric part still takes one bit, as in the published (255) example.
     */
    static int valueBits(int digits) {
        return (int) Math.ceil(digits * Math.log(10) / Math.log(2) + 0.01);
    }

    /** Bits for a length up to max: ceil(log2 max + 0.01). */
    static int lengthBits(int max) {
        return (int) Math.ceil(Math.log(max) / Math.log(2) + 0.01);
    }
}
