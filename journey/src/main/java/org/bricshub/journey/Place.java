package org.bricshub.journey;

import java.util.Objects;
import java.util.Optional;
import org.bricshub.trace.LocalisedText;

/**
 * Where a step happened: a location registered with the trace module, found by the GLN of the event's bizLocation
 * (else readPoint) SGLN.
 *
 * @param country ISO 3166-1 alpha-2
 * @param latitude WGS 84 degrees, with {@code longitude} both present or both absent
 */
public record Place(String gln, LocalisedText name, String country, Optional<Double> latitude,
        Optional<Double> longitude) {
    public Place {
        Objects.requireNonNull(gln, "gln");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new IllegalArgumentException("latitude and longitude come together");
        }
    }

    /** Whether the place can be drawn on a map. */
    public boolean hasCoordinates() {
        return latitude.isPresent();
    }
}
