package org.bricshub.journey;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which business steps of a product's journey consumers see.
 *
 * @param bizSteps CBV 2.0 business step names (e.g. {@code shipping}) or private vocabulary URIs
 * @param isDefault whether the owner left the default ({@link Journeys#DEFAULT_STEPS})
 */
public record ProductPublication(String gtin, Set<String> bizSteps, boolean isDefault) {
    public ProductPublication {
        Objects.requireNonNull(gtin, "gtin");
        bizSteps = java.util.Collections.unmodifiableSet(new TreeSet<>(bizSteps));
    }
}
