package org.bricshub.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When two scans of the same serial are too far apart to be one label: a label copied and stuck on several items.
 *
 * <ul>
 *   <li>Both with coordinates: the straight-line speed between them is above {@value #MAX_KMH} km/h (an airliner's
 *       cruise), counted only above {@value #MIN_KM} km so that two rounded places in one city never trip it.</li>
 *   <li>Otherwise both with countries: different countries within {@link #COUNTRY_WINDOW}; an hour is long enough
 *       to catch copies and short enough that a traveller crossing one border is rarely flagged.</li>
 * </ul>
 * No two places on Earth are more than about 20,000 km apart, so scans more than {@link #WINDOW} apart never
 * qualify: the store looks only that far back.
 */
final class FarApart {
    static final double MAX_KMH = 900;
    static final double MIN_KM = 50;
    static final Duration COUNTRY_WINDOW = Duration.ofHours(1);
    static final Duration WINDOW = Duration.ofHours(23);

    /** What one scan says about where it was. */
    record Sighting(Instant at, Optional<String> country, Optional<ScanPlace> place) {
    }

    private FarApart() {
    }

    static boolean between(Sighting a, Sighting b) {
        Duration gap = Duration.between(a.at(), b.at()).abs();
        if (a.place().isPresent() && b.place().isPresent()) {
            double km = a.place().get().kilometresTo(b.place().get());
            double hours = Math.max(gap.toMillis(), 1) / 3_600_000.0;
            return km > MIN_KM && km / hours > MAX_KMH;
        }
        return a.country().isPresent() && b.country().isPresent() && !a.country().equals(b.country())
                && gap.compareTo(COUNTRY_WINDOW) < 0;
    }
}
