package org.bricshub.gs1;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of values in GS1 Digital Link URIs and EPC URNs.
 *
 * <p>Digital Link (GS1 DL URI Syntax 1.4 §4.4 and its ABNF): only RFC 3986 unreserved characters stay as
 * they are; every other AI-82 character is percent-encoded with upper-case hex. EPC URNs (TDS 2.x §6.3.1,
 * Table 6-1) escape only {@code " % & / < > ?} and {@code #}.
 */
final class PercentCoding {

    private static final String URN_ESCAPED = "\"%&/<>?#";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCoding() {
    }

    static String encodeUriValue(String value) {
        StringBuilder out = null;
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (isUnreserved(b)) {
                if (out != null) {
                    out.append((char) b);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(bytes.length + 8).append(value, 0, i);
                }
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 15]);
            }
        }
        return out == null ? value : out.toString();
    }

    static String encodeUrnValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (URN_ESCAPED.indexOf(c) >= 0) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Decodes %XX escapes as UTF-8; a '+' stays a '+' (it is data in AI-82, not a space). */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            int escape = s.indexOf('%', i);
            int runEnd = escape < 0 ? s.length() : escape;
            bytes.writeBytes(s.substring(i, runEnd).getBytes(StandardCharsets.UTF_8));
            if (escape < 0) {
                break;
            }
            int hi = escape + 2 < s.length() ? Character.digit(s.charAt(escape + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(s.charAt(escape + 2), 16);
            if (lo < 0) {
                throw new Gs1Exception(Gs1Exception.Rule.SYNTAX, "bad percent-escape in '" + s + "'");
            }
            bytes.write(hi << 4 | lo);
            i = escape + 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isUnreserved(int b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                || b == '-' || b == '.' || b == '_' || b == '~';
    }
}
