package org.bricshub.platform.problem;

import java.time.Duration;
import java.util.Map;

/** The server or the caller's quota is exhausted; retry after the given delay (429 for a quota, 503 for load). */
public final class OverloadedException extends ProblemException {
    private final Duration retryAfter;

    private OverloadedException(boolean quota, Duration retryAfter, String detail) {
        super(quota ? 429 : 503, quota ? "rate-limited" : "unavailable",
                quota ? "Too many requests" : "Service unavailable", detail);
        this.retryAfter = retryAfter;
    }

    /** The caller exceeded its rate limit (429). */
    public static OverloadedException rateLimited(Duration retryAfter) {
        return new OverloadedException(true, retryAfter, "rate limit exceeded; retry after " + seconds(retryAfter) + " s");
    }

    /** The server cannot take more work now (503). */
    public static OverloadedException unavailable(Duration retryAfter, String why) {
        return new OverloadedException(false, retryAfter, why);
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds for the Retry-After header, at least 1. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("retryAfter", retryAfterSeconds());
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
