package org.bricshub.journey;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of one journey assembly, so that a crafted chain (a container holding a million items, a loop of
 * transformations) costs a bounded number of index look-ups.
 *
 * @param maxDepth how many parent or input hops are followed from the item
 * @param maxIdentifiers how many identifiers (item, lot, parents, inputs) are looked up in all
 * @param maxEvents how many events are read in all; beyond it the journey is marked truncated
 * @param freshness how long the "latest captured event" read that keys the cache may be reused
 * @param cachedJourneys how many assembled journeys are kept in memory
 */
public record JourneyLimits(int maxDepth, int maxIdentifiers, int maxEvents, Duration freshness, int cachedJourneys) {
    public JourneyLimits {
        Objects.requireNonNull(freshness, "freshness");
        if (maxDepth < 0 || maxIdentifiers < 1 || maxEvents < 1 || cachedJourneys < 0 || freshness.isNegative()) {
            throw new IllegalArgumentException("journey limits must be positive: " + maxDepth + ", " + maxIdentifiers
                    + ", " + maxEvents + ", " + freshness + ", " + cachedJourneys);
        }
    }

    /** Depth 8, 200 identifiers, 1,000 events, a 500 ms freshness window, 20,000 cached journeys. */
    public static JourneyLimits defaults() {
        return new JourneyLimits(8, 200, 1_000, Duration.ofMillis(500), 20_000);
    }
}
