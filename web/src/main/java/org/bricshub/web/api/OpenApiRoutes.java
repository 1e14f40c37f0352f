package org.bricshub.web.api;

import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.function.Supplier;

/** Serves the OpenAPI document at {@code GET /api/openapi.json}. */
public final class OpenApiRoutes implements Routes {
    private final Supplier<Map<String, Object>> document;

    /** @param document built lazily, once every route is registered */
    public OpenApiRoutes(Supplier<Map<String, Object>> document) {
        this.document = document;
    }

    @Override
    public void register(ApiRouter router) {
        router.plain(HandlerType.GET, "/api/openapi.json", ctx -> ctx.json(document.get()));
    }
}
