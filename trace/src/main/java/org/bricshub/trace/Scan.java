package org.bricshub.trace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One resolved scan of a GS1 Digital Link, as recorded for analytics. Carries no address: only a country that a
 * trusted proxy named, if any. The language is negotiated by the writer, off the request thread.
 *
 * @param id the scan's identifier; its most significant 64 bits are {@code at} in epoch milliseconds, see {@link #newId}
 * @param country an ISO 3166-1 alpha-2 code in upper case
 */
public record Scan(UUID id, Instant at, String gtin, Optional<String> lot, Optional<String> serial, LanguageAsked language,
                   Optional<String> country) implements ScanWork {
    public Scan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(language, "language");
        if (gtin == null || gtin.length() != 14 || !gtin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("gtin must be 14 digits: " + gtin);
        }
        if (country.isPresent() && !isAlpha2(country.get())) {
            throw new IllegalArgumentException("country must be two upper-case letters: " + country.get());
        }
    }

    /** Two upper-case ASCII letters; checked by hand because this runs on the request thread (no regex). */
    private static boolean isAlpha2(String s) {
        return s.length() == 2 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && s.charAt(1) >= 'A' && s.charAt(1) <= 'Z';
    }

    /** A scan identifier that carries the scan time, so a late place report is refused without a look-up. */
    public static UUID newId(Instant at, long random) {
        return new UUID(at.toEpochMilli(), random);
    }

    /** The scan time a {@link #newId} identifier carries. */
    public static Instant timeOf(UUID id) {
        return Instant.ofEpochMilli(id.getMostSignificantBits());
    }
}
