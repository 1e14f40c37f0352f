package org.bricshub.web.routes;

import static org.bricshub.web.api.Schemas.properties;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.bricshub.web.api.ApiOperation;
import org.bricshub.web.api.ApiRouter;
import org.bricshub.web.api.Routes;
import org.bricshub.web.api.Schemas;

/**
 * {@code GET /health}: liveness (this process answers) and readiness (every dependency answers, the database
 * first). 200 when ready, 503 otherwise, so that a load balancer can act on the status alone.
 */
public final class HealthRoutes implements Routes {
    private final Map<String, BooleanSupplier> checks;

    /** @param checks named readiness checks, e.g. {@code database} */
    public HealthRoutes(Map<String, BooleanSupplier> checks) {
        this.checks = Map.copyOf(checks);
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
