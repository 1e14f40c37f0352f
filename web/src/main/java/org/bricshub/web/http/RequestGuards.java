package org.bricshub.web.http;

import io.javalin.http.Context;
import java.time.Duration;
import org.bricshub.platform.problem.OverloadedException;
import org.slf4j.MDC;

/**
 * Runs before every request: security headers, the per-client rate limit and an early refusal of bodies that
 * announce a length over the limit (Javalin enforces the same limit on bodies sent without one).
 */
public final class RequestGuards {
    /** Pages use only same-origin resources; inline styles are not allowed either. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final RateLimiter limiter;
    private final long maxRequestBytes;

    public RequestGuards(RateLimiter limiter, long maxRequestBytes) {
        this.limiter = limiter;
        this.maxRequestBytes = maxRequestBytes;
    }

    public void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        MDC.put("client", clientOf(ctx));

        Duration wait = limiter.acquire(clientOf(ctx));
        if (!wait.isZero()) {
            throw OverloadedException.rateLimited(wait);
        }
        long length = ctx.contentLength();  // -1 when the client sent no Content-Length
        if (length > maxRequestBytes) {
            throw new ContentTooLargeException(length, maxRequestBytes);
        }
    }

    /** The API key when one is presented (so one busy key does not starve its neighbours), else the address. */
    static String clientOf(Context ctx) {
        String auth = ctx.header("Authorization");
        return auth != null && !auth.isBlank()
                ? "key:" + Integer.toHexString(auth.hashCode()) + ":" + auth.length()
                : "ip:" + ctx.ip();
    }
}
