package org.bricshub.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * A token bucket per client: {@code ratePerSecond} sustained, {@code burst} at once. Buckets of idle clients are
 * dropped after a minute, so memory stays bounded under a flood of distinct addresses.
 */
public final class RateLimiter {
    private final double ratePerNano;
    private final int burst;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(1_000_000).expireAfterAccess(Duration.ofMinutes(1)).build();

    public RateLimiter(int ratePerSecond, int burst) {
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
    }

    /** @return zero when the request may go ahead, else how long the client should wait */
    public Duration acquire(String client) {
        return buckets.get(client, c -> new Bucket(burst)).take(System.nanoTime(), ratePerNano, burst);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int burst) {
            this.tokens = burst;
            this.last = System.nanoTime();
        }

        synchronized Duration take(long now, double ratePerNano, int burst) {
            tokens = Math.min(burst, tokens + (now - last) * ratePerNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / ratePerNano));
        }
    }
}
