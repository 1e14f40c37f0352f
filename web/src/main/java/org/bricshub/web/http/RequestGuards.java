package org.bricshub.web.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
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
    /** Sent with every answer, including those of a {@link Shortcut}. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    private static final String PERMISSIONS_WITH_GEOLOCATION = "camera=(), microphone=(), geolocation=(self)";

    private final RateLimiter limiter;
    private final long maxRequestBytes;

    public RequestGuards(RateLimiter limiter, long maxRequestBytes) {
        this.limiter = limiter;
        this.maxRequestBytes = maxRequestBytes;
    }

    public void before(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        String client = clientOf(ctx.header("Authorization"), ctx.ip());
        MDC.put("client", client);

        Duration wait = limiter.acquire(client);
        if (!wait.isZero()) {
            throw OverloadedException.rateLimited(wait);
        }
        long length = ctx.contentLength();  // -1 when the client sent no Content-Length
        if (length > maxRequestBytes) {
            throw new ContentTooLargeException(length, maxRequestBytes);
        }
    }

    /**
     * Lets the page answered on {@code ctx} ask the browser for the device's location (its own origin only, never
     * a frame of another), overriding the policy every answer gets, which forbids it.
     */
    public static void allowGeolocation(Context ctx) {
        ctx.header("Permissions-Policy", PERMISSIONS_WITH_GEOLOCATION);
    }

    /** The API key when one is presented (so one busy key does not starve its neighbours), else the address. */
    static String clientOf(String authorization, String ip) {
        return authorization != null && !authorization.isBlank()
                ? "key:" + Integer.toHexString(authorization.hashCode()) + ":" + authorization.length()
                : "ip:" + ip;
    }
}
