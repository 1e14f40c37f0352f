package org.bricshub.web.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;

/**
 * After every request: the access log line and the per-route latency histogram. Routes are tagged by their
 * template ({@code /api/admin/orgs/{id}}), never the raw path, so the number of series stays bounded.
 * {@link #close()} writes the access log lines still queued.
 */
public final class RequestObserver implements AutoCloseable {
    private final MeterRegistry registry;
    private final AccessLog accessLog = new AccessLog();
    /** Looking a timer up in the registry builds and sorts its tags; this map answers a repeat with one hash. */
    private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(String method, String route, int status) {
    }

    public RequestObserver(MeterRegistry registry) {
        this.registry = registry;
        accessLog.bindTo(registry);
    }

    /** Javalin's request logger. */
    public void observe(Context ctx, Float millis) {
        record(ctx.method().name(), routeOf(ctx), ctx.statusCode(), ctx.ip(), ctx.path(), (long) (millis * 1_000_000));
        MDC.remove("client");
    }

    /** One answered request, however it was answered. */
    public void record(String method, String route, int status, String ip, String path, long nanos) {
        TimerKey key = new TimerKey(method, route, status);
        Timer timer = timers.get(key);  // a hit allocates no lambda and builds no string
        if (timer == null) {
            timer = timers.computeIfAbsent(key, k -> Timer.builder("http.server.requests")
                    .description("HTTP request latency by route")
                    .tag("method", method)
                    .tag("route", route)
                    .tag("status", Integer.toString(status))
                    .publishPercentileHistogram()
                    .register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
        if (AccessLog.enabled()) {
            accessLog.add(ip, method, path, status, nanos);
        }
    }

    @Override
    public void close() {
        accessLog.close();
    }

    private static String routeOf(Context ctx) {
        // An unmatched path must not create one series per probed URL.
        try {
            io.javalin.router.Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
