package org.bricshub.web.routes;

import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;

/** {@code GET /metrics} in the Prometheus text format: route latencies, JVM, connection pool. */
public final class MetricsRoutes implements Routes {
    private final PrometheusMeterRegistry registry;

    public MetricsRoutes(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/metrics", ctx -> ctx
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .header("Cache-Control", "no-store")
                .result(registry.scrape()));
    }
}
