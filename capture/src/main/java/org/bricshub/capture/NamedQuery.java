package org.bricshub.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bricshub.epcis.query.EventQuery;
import org.bricshub.epcis.query.EventQueryParser;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * A named query of the REST binding ({@code POST /queries}): a name unique in its organisation and the query, a JSON
 * object validating against query-schema.json, kept as the client gave it.
 *
 * @param query the query object as JSON text
 */
public record NamedQuery(String name, String query, Instant createdAt) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names travel in paths: an unreserved-character token keeps them unambiguous there. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    public NamedQuery {
        requireName(name);
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @throws InvalidInputException when the name is not 1-100 unreserved URI characters */
    public static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "a query name is 1 to 100 of A-Z a-z 0-9 . _ ~ -, was '" + name + "'");
        }
    }

    /** The query as parsed, with the prefixes its {@code @context} declares for extension fields. */
    public EventQuery eventQuery() {
        return EventQueryParser.parse(parameters(), extensionPrefixes());
    }

    /** The query's members as query-string parameters: arrays become repeated values, null an empty flag. */
    Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        tree().properties().forEach(member -> {
            if (member.getKey().equals("@context")) {
                return;
            }
            List<String> values = new ArrayList<>();
            JsonNode value = member.getValue();
            if (value.isArray()) {
                value.forEach(item -> values.add(item.asText()));
            } else if (!value.isNull()) {
                values.add(value.asText());
            }
            parameters.put(member.getKey(), values);
        });
        return parameters;
    }

    /** Prefixes bound by the objects of the query's {@code @context}. */
    Map<String, String> extensionPrefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        JsonNode context = tree().path("@context");
        List<JsonNode> entries = new ArrayList<>();
        if (context.isArray()) {
            context.forEach(entries::add);
        } else {
            entries.add(context);
        }
        entries.stream().filter(JsonNode::isObject).forEach(o -> o.properties().forEach(binding -> {
            if (binding.getValue().isTextual()) {
                prefixes.put(binding.getKey(), binding.getValue().asText());
            }
        }));
        return prefixes;
    }

    private JsonNode tree() {
        try {
            JsonNode tree = JSON.readTree(query);
            if (!tree.isObject()) {
                throw new InvalidInputException("query", "a query is a JSON object (query-schema.json)");
            }
            return tree;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("query", "not JSON: " + e.getOriginalMessage());
        }
    }
}
