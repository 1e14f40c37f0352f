package org.bricshub.capture;

import java.util.Locale;
import java.util.Set;
import org.bricshub.gs1.CompanyPrefixes;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.Gs1Exception;

/**
 * The digits of an identifier that begin with its GS1 company prefix, so that "is this object under prefix P" is a
 * {@code startsWith} (and an index range scan in SQL). An EPC URN states its prefix (GS1 EPC TDS 2.1 §6): the
 * digits are kept as written, {@code prefix.rest}, so the URN is under the prefix it declares (and under a shorter
 * one of the same digits; a longer one never matches across the dot). A GS1 Digital Link states none: its digits
 * are {@link CompanyPrefixes#prefixBearingDigits}. Anything else (urn:uuid, private URIs) has none.
 */
final class Gs1KeyDigits {
    private static final Set<String> GS1_SCHEMES = Set.of("sgtin", "sscc", "sgln", "grai", "giai", "gsrn", "gsrnp",
            "gdti", "cpi", "sgcn", "ginc", "gsin", "itip", "upui", "pgln", "lgtin");

    private Gs1KeyDigits() {}

    /** The prefix-bearing digits of the identifier, or {@code null} when it is not a GS1 key. */
    static String of(String identifier) {
        if (identifier.regionMatches(true, 0, "urn:epc:", 0, 8)) {
            String[] parts = identifier.split(":", 5);
            if (parts.length < 5 || !GS1_SCHEMES.contains(parts[3].toLowerCase(Locale.ROOT))) {
                return null;
            }
            return parts[4];
        }
        if (identifier.startsWith("http://") || identifier.startsWith("https://")) {
            try {
                return CompanyPrefixes.prefixBearingDigits(DigitalLink.parse(identifier).primaryKey());
            } catch (Gs1Exception e) {
                return null;
            }
        }
        return null;
    }

    /** Whether the digits begin with one of the prefixes. */
    static boolean under(String digits, Set<String> prefixes) {
        for (String prefix : prefixes) {
            if (digits.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
