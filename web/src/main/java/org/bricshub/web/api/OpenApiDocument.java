package org.bricshub.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the OpenAPI 3.1 document from the operations that were registered. */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final Map<String, Object> PROBLEM_REF = Map.of("$ref", "#/components/schemas/Problem");

    private OpenApiDocument() {
    }

    public static Map<String, Object> build(List<ApiOperation> operations, String serverUrl, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "BRICS Hub API", "version", version,
                "description", "Product Code traceability and Technology Transfer. Errors are RFC 9457 problem details."));
        doc.put("servers", List.of(Map.of("url", serverUrl)));
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (ApiOperation op : operations) {
            paths.computeIfAbsent(op.path(), p -> new LinkedHashMap<>())
                    .put(op.method().name().toLowerCase(Locale.ROOT), operation(op));
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
                        "description", "An API key issued by POST /api/admin/orgs/{id}/keys")),
                "schemas", Map.of("Problem", problemSchema())));
        return doc;
    }

    private static Map<String, Object> operation(ApiOperation op) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tags", List.of(op.tag()));
        o.put("summary", op.summary());
        List<Map<String, Object>> parameters = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(op.path());
        while (m.find()) {
            parameters.add(Map.of("name", m.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            o.put("parameters", parameters);
        }
        if (op.requestSchema() != null) {
            o.put("requestBody", Map.of("required", true,
                    "content", Map.of("application/json", Map.of("schema", op.requestSchema()))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", "Success");
        if (op.responseSchema() != null) {
            success.put("content", Map.of("application/json", Map.of("schema", op.responseSchema())));
        }
        responses.put(Integer.toString(op.successStatus()), success);
        responses.put("default", Map.of("description", "A problem (RFC 9457)",
                "content", Map.of("application/problem+json", Map.of("schema", PROBLEM_REF))));
        o.put("responses", responses);
        if (op.authenticated()) {
            o.put("security", List.of(Map.of("bearer", List.of())));
        }
        return o;
    }

    private static Map<String, Object> problemSchema() {
        return Schemas.object(Schemas.properties(
                Map.entry("type", Schemas.string("URI reference of the problem type")),
                Map.entry("title", Schemas.string("Summary of the problem type")),
                Map.entry("status", Schemas.integer("HTTP status")),
                Map.entry("detail", Schemas.string("This occurrence, naming the broken rule")),
                Map.entry("instance", Schemas.string("The request path"))), List.of("type", "title", "status"));
    }
}
