package org.bricshub.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the JSON Schemas (OpenAPI 3.1 dialect) that describe request and response bodies. */
public final class Schemas {
    private Schemas() {
    }

    public static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    public static Map<String, Object> integer(String description) {
        return Map.of("type", "integer", "description", description);
    }

    public static Map<String, Object> dateTime(String description) {
        return Map.of("type", "string", "format", "date-time", "description", description);
    }

    public static Map<String, Object> enumeration(String description, List<String> values) {
        return Map.of("type", "string", "enum", List.copyOf(values), "description", description);
    }

    public static Map<String, Object> arrayOf(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

    /** An object with the given properties (in order) of which {@code required} must be present. */
    public static Map<String, Object> object(Map<String, Map<String, Object>> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", List.copyOf(required));
        }
        return schema;
    }

    /** Properties in the order given, for readable documents. */
    @SafeVarargs
    public static Map<String, Map<String, Object>> properties(Map.Entry<String, Map<String, Object>>... entries) {
        Map<String, Map<String, Object>> map = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }
}
