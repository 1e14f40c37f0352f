package org.bricshub.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.MasterData;

/**
 * The rows of {@code capture_master_data}: one vocabulary element per organisation, vocabulary type and ID, with its
 * attributes as a jsonb object (attribute ID to value; an ID stated more than once maps to the array of its values)
 * and its children, with the prefix bindings its structured values are written with. A later statement of an element replaces the earlier one whole (EPCIS 2.0 §7.2: master data is
 * current state, not history).
 */
final class MasterDataRows {
    private static final EpcisJsonCodec JSON = new EpcisJsonCodec();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON_TEXT =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private MasterDataRows() {}

    /** Stores the elements for the organisation, replacing what it stated before; nothing for no master data. */
    static void store(Connection c, long orgId, long jobId, OffsetDateTime at, MasterData masterData)
            throws SQLException {
        if (masterData.isEmpty()) {
            return;
        }
        Map<List<String>, Row> rows = new LinkedHashMap<>();
        String namespaces = JSON_TEXT.valueToTree(JSON.masterDataPrefixes(masterData)).toString();
        for (JsonNode vocabulary : JSON.masterDataTree(masterData).path("vocabularyList")) {
            String type = vocabulary.path("type").asText();
            for (JsonNode element : vocabulary.path("vocabularyElementList")) {
                List<String> children = new ArrayList<>();
                element.path("children").forEach(child -> children.add(child.asText()));
                // The last statement of an element in one document wins, as a later document's would.
                rows.put(List.of(type, element.path("id").asText()),
                        new Row(type, element.path("id").asText(), attributes(element.path("attributes")), children));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into capture_master_data (org_id, vocabulary_type, "
                + "element_id, attributes, children, updated_at, job_id, namespaces) "
                + "values (?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb) "
                + "on conflict (org_id, vocabulary_type, element_id) do update set attributes = excluded.attributes, "
                + "children = excluded.children, updated_at = excluded.updated_at, job_id = excluded.job_id, "
                + "namespaces = excluded.namespaces")) {
            // In key order, so that two captures restating the same elements lock them in the same order.
            List<Row> ordered = rows.values().stream().sorted(java.util.Comparator.comparing(Row::type)
                    .thenComparing(Row::id)).toList();
            for (Row row : ordered) {
                ps.setLong(1, orgId);
                ps.setString(2, row.type());
                ps.setString(3, row.id());
                ps.setString(4, row.attributes().toString());
                ps.setArray(5, c.createArrayOf("text", row.children().toArray(String[]::new)));
                ps.setObject(6, at);
                ps.setLong(7, jobId);
                ps.setString(8, namespaces);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static ObjectNode attributes(JsonNode list) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        Map<String, ArrayNode> repeated = new LinkedHashMap<>();
        for (JsonNode attribute : list) {
            String id = attribute.path("id").asText();
            JsonNode value = attribute.has("attribute") ? attribute.get("attribute") : JsonNodeFactory.instance.nullNode();
            JsonNode before = attributes.get(id);
            if (before == null) {
                attributes.set(id, value);
            } else {
                ArrayNode values = repeated.computeIfAbsent(id, k -> JsonNodeFactory.instance.arrayNode().add(before));
                values.add(value);
                attributes.set(id, values);
            }
        }
        return attributes;
    }

    private record Row(String type, String id, ObjectNode attributes, List<String> children) {}
}
