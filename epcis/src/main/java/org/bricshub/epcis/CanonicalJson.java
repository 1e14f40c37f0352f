package org.bricshub.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme of RFC 8785: members sorted by UTF-16 code units, no whitespace, strings with the
 * minimal escapes (§3.2.2.2), numbers as IEEE 754 doubles in the ECMAScript form (§3.2.2.3). Lets anyone holding an
 * event recompute the bytes its log entry commits to.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The canonical form of a JSON tree. */
  public static String of(JsonNode node) {
    StringBuilder out = new StringBuilder(256);
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      members.sort(Map.Entry.comparingByKey());
      out.append('{');
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(members.get(i).getKey(), out);
        out.append(':');
        write(members.get(i).getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.asText(), out);
    } else if (node.isNumber()) {
      out.append(number(node.doubleValue()));
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isNull()) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("RFC 8785 has no form for a " + node.getNodeType() + " node");
    }
  }

  /** Appends the runs without escapes whole: most identifiers and values have none. */
  private static void string(String text, StringBuilder out) {
    out.append('"');
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, from, i);
      from = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", (int) c));
      }
    }
    out.append(text, from, text.length()).append('"');
  }

  /** ECMAScript Number::toString of a double (ECMA-262 §7.1.12.1), as RFC 8785 §3.2.2.3 requires. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("RFC 8785 has no form for " + value);
    }
    if (value == 0) {
      return "0";
    }
    if (value < 0) {
      return "-" + number(-value);
    }
    // Double.toString gives the shortest decimal that round-trips (JDK 19+); only its layout differs from ECMAScript.
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    BigDecimal oneDigit = shortest.round(new java.math.MathContext(1));
    if (shortest.precision() == 2 && oneDigit.doubleValue() == value) {
      // Double.toString always prints a fraction digit, so it can miss a one-digit form (4.9E-324 for 5e-324).
      shortest = oneDigit.stripTrailingZeros();
    }
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = shortest.precision() - shortest.scale();
    if (k <= n && n <= 21) {
      return digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + digits;
    }
    String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
    return k == 1 ? digits + "e" + exponent : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
  }
}
