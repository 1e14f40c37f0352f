package org.bricshub.web.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * After every request: the access log line and the per-route latency histogram. Routes are tagged by their
 * template ({@code /api/admin/orgs/{id}}), never the raw path, so the number of series stays bounded.
 */
public final class RequestObserver {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");

    private final MeterRegistry registry;

    public RequestObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    public void observe(Context ctx, Float millis) {
        String route = routeOf(ctx);
        int status = ctx.statusCode();
        Timer.builder("http.server.requests")
                .description("HTTP request latency by route")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
        ACCESS.info("{} {} {} {} {}ms", ctx.ip(), ctx.method(), ctx.path(), status, String.format("%.1f", millis));
        MDC.remove("client");
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
