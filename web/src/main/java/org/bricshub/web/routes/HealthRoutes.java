package org.bricshub.web.routes;

import static org.bricshub.web.api.Schemas.properties;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.api.Schemas;

/**
 * {@code GET /health}: liveness (this process answers) and readiness (every dependency answers, the database
 * first). 200 when ready, 503 otherwise, so that a load balancer can act on the status alone. Each check's answer is
 * reused for {@link #CHECK_TTL}, so that a flood of health probes cannot become a flood of database queries.
 */
public final class HealthRoutes implements Routes {
    static final Duration CHECK_TTL = Duration.ofSeconds(1);
    private final Map<String, BooleanSupplier> checks = new TreeMap<>();

    /** @param checks named readiness checks, e.g. {@code database} */
    public HealthRoutes(Map<String, BooleanSupplier> checks) {
        checks.forEach((name, check) -> this.checks.put(name, new RecentCheck(check)));
    }

    /** A check whose answer is reused while it is fresh; concurrent callers may both run it, which is harmless. */
    private static final class RecentCheck implements BooleanSupplier {
        private final BooleanSupplier check;
        private volatile long checkedAt = Long.MIN_VALUE;
        private volatile boolean up;

        RecentCheck(BooleanSupplier check) {
            this.check = check;
        }

        @Override
        public boolean getAsBoolean() {
            long now = System.nanoTime();
            if (checkedAt == Long.MIN_VALUE || now - checkedAt > CHECK_TTL.toNanos()) {
                up = check.getAsBoolean();
                checkedAt = now;
            }
            return up;
        }
    }

    @Override
    public void register(ApiRouter router) {
        router.api(ApiOperation.get("/health", "operations", "Liveness and readiness", false,
                Schemas.object(properties(
                        Map.entry("status", Schemas.enumeration("UP when every check passes", List.of("UP", "DOWN"))),
                        Map.entry("live", Map.of("type", "boolean")),
                        Map.entry("ready", Map.of("type", "boolean")),
                        Map.entry("checks", Map.of("type", "object",
                                "additionalProperties", Schemas.enumeration("check status", List.of("UP", "DOWN"))))),
                        List.of("status", "live", "ready"))), this::health);
    }

    private void health(Context ctx) {
        Map<String, String> results = new LinkedHashMap<>();
        boolean ready = true;
        for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
            boolean up = check.getValue().getAsBoolean();
            ready &= up;
            results.put(check.getKey(), up ? "UP" : "DOWN");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "UP" : "DOWN", "live", true, "ready", ready,
                "checks", results));
    }
}
