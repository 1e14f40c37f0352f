package org.bricshub.trace;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scans of one GTIN per day (UTC) and country, from {@code from} to {@code to} inclusive.
 *
 * @param counts one entry per day and country that had scans, ordered by day then country; scans with no known
 *     country have an empty country
 */
public record ScanSummary(String gtin, LocalDate from, LocalDate to, List<Count> counts) {
    public ScanSummary {
        Objects.requireNonNull(gtin, "gtin");
        counts = List.copyOf(counts);
    }

    public record Count(LocalDate day, Optional<String> country, long scans) {
    }

    public long total() {
        return counts.stream().mapToLong(Count::scans).sum();
    }
}
