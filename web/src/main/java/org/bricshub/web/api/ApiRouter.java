package org.bricshub.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsHandlerType;

/**
 * Registers routes with the server. JSON operations go through {@link #api} and so into the OpenAPI document;
 * pages, static-like resources and protocol endpoints with their own specification go through {@link #plain}.
 */
public final class ApiRouter {
    private final RoutesConfig routes;
    private final List<ApiOperation> operations = new ArrayList<>();

    public ApiRouter(RoutesConfig routes) {
        this.routes = routes;
    }

    /** A documented JSON operation. */
    public void api(ApiOperation operation, Handler handler) {
        operations.add(operation);
        routes.addHttpHandler(operation.method(), operation.path(), handler);
    }

    /** A route outside the JSON API (HTML pages, tiles, metrics). */
    public void plain(HandlerType method, String path, Handler handler) {
        routes.addHttpHandler(method, path, handler);
    }

    /**
     * A WebSocket endpoint (the OpenAPI document describes HTTP operations only). {@code beforeUpgrade} runs as an
     * HTTP handler before the 101 answer, so that it can refuse the upgrade with a problem response.
     */
    public void ws(String path, Handler beforeUpgrade, Consumer<WsConfig> ws) {
        routes.addHttpHandler(HandlerType.WEBSOCKET_BEFORE_UPGRADE, path, beforeUpgrade);
        routes.addWsHandler(WsHandlerType.WEBSOCKET, path, ws);
    }

    /** The documented operations, in registration order. */
    public List<ApiOperation> operations() {
        return List.copyOf(operations);
    }
}
