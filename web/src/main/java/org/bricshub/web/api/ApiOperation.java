package org.bricshub.web.api;

import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Objects;

/**
 * One documented JSON operation: what the OpenAPI document says of a route. Routes registered through
 * {@link ApiRouter#api} carry one, so the document and the server cannot drift apart.
 *
 * @param requestSchema JSON Schema of the request body, or null when the operation takes none
 * @param responseSchema JSON Schema of the success body, or null when it has none (e.g. 204)
 */
public record ApiOperation(HandlerType method, String path, String tag, String summary, boolean authenticated,
                           Map<String, Object> requestSchema, int successStatus, Map<String, Object> responseSchema) {
    public ApiOperation {
        Objects.requireNonNull(method, "method");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        requestSchema = requestSchema == null ? null : Map.copyOf(requestSchema);
        responseSchema = responseSchema == null ? null : Map.copyOf(responseSchema);
    }

    /** A public GET answering 200 with the given body. */
    public static ApiOperation get(String path, String tag, String summary, boolean authenticated,
                                   Map<String, Object> responseSchema) {
        return new ApiOperation(HandlerType.GET, path, tag, summary, authenticated, null, 200, responseSchema);
    }
}
