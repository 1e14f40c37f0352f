package org.bricshub.gs1;

import java.util.Optional;
import java.util.Set;

/**
 * A set of known GS1 Company Prefixes, e.g. those the platform's organisations own, and the look-up of the
 * prefix inside a key. A GS1 Digital Link does not say where its company prefix ends; converting it to an
 * EPC URN, or deciding which organisation a key belongs to, needs such a set (GS1's own prefix-length table
 * is not among this project's standards material).
 *
 * @param prefixes the prefixes, 4 to 12 digits each
 */
public record CompanyPrefixes(Set<String> prefixes) {

    private static final int MIN = 4;
    private static final int MAX = 12;

    /** Validates and copies the prefixes. */
    public CompanyPrefixes {
        prefixes = Set.copyOf(prefixes);
        for (String p : prefixes) {
            if (p.length() < MIN || p.length() > MAX || !CheckDigit.isDigits(p)) {
                throw new Gs1Exception(Gs1Exception.Rule.CONTENT, "a GS1 Company Prefix has 4 to 12 digits, got '" + p + "'");
            }
        }
    }

    /** A set of the given prefixes. */
    public static CompanyPrefixes of(String... prefixes) {
        return new CompanyPrefixes(Set.of(prefixes));
    }

    /**
     * The longest known prefix the key starts with. The key's prefix-bearing digits skip the indicator
     * digit of a GTIN or ITIP, the extension digit of an SSCC and the leading zero of a GRAI.
     */
    public Optional<String> prefixOf(AiElement key) {
        String digits = prefixBearingDigits(key);
        for (int n = Math.min(MAX, digits.length()); n >= MIN; n--) {
            String candidate = digits.substring(0, n);
            if (prefixes.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The longest known prefix of a typed key. */
    public Optional<String> prefixOf(Gs1Key key) {
        return prefixOf(key.element());
    }

    /**
     * The digits of a key that start with its company prefix: the key without the indicator digit of a GTIN or
     * ITIP, the extension digit of an SSCC or the leading zero of a GRAI.
     */
    public static String prefixBearingDigits(AiElement key) {
        String v = key.value();
        return switch (key.ai()) {
            case "00", "01", "02", "03", "8003", "8006", "8026" -> v.substring(1);
            default -> v;
        };
    }
}
