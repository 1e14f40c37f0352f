package org.bricshub.journey;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The cache stamp, read from the database at most once per freshness window: at thousands of pages per second the
 * pages share one read instead of making one each. A change made through this process invalidates it at once.
 */
final class StampClock {
    private final long freshnessNanos;
    private final Supplier<PublicationStore.Stamp> read;
    private volatile PublicationStore.Stamp stamp;
    private volatile long readAt;

    StampClock(Duration freshness, Supplier<PublicationStore.Stamp> read) {
        this.freshnessNanos = freshness.toNanos();
        this.read = read;
    }

    PublicationStore.Stamp current() {
        PublicationStore.Stamp s = stamp;
        if (s != null && System.nanoTime() - readAt < freshnessNanos) {
            return s;
        }
        synchronized (this) {
            if (stamp == null || System.nanoTime() - readAt >= freshnessNanos) {
                stamp = read.get();
                readAt = System.nanoTime();
            }
            return stamp;
        }
    }

    void invalidate() {
        stamp = null;
    }
}
