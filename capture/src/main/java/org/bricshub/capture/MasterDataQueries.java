package org.bricshub.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bricshub.epcis.EpcisJsonCodec;
import org.bricshub.epcis.EpcisValidationException;
import org.bricshub.epcis.MasterData;
import org.bricshub.epcis.query.MasterDataQuery;
import org.bricshub.epcis.query.QueryParameterException;

/**
 * Runs a SimpleMasterDataQuery (EPCIS 1.2 §8.2.7.2) over one organisation's own master data
 * ({@code capture_master_data}): every condition holds (conjunction), results ordered by vocabulary type then element
 * ID and paged by a keyset token, so a deep page costs what the first does. {@code maxElementCount} counts every
 * matching element, not the page's. Attribute conditions are {@link MasterDataConditions}'s, as for events.
 */
final class MasterDataQueries {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final EpcisJsonCodec JSON = new EpcisJsonCodec();
    static final int DEFAULT_PAGE = 100;

    private final Connection c;
    private final StringBuilder where = new StringBuilder("m.org_id = ?");
    private final List<Object> parameters = new ArrayList<>();

    MasterDataQueries(Connection c) {
        this.c = c;
    }

    MasterDataPage run(MasterDataQuery query, long orgId) throws SQLException {
        restrict(query, orgId);
        if (query.maxElementCount() != null) {
            requireAtMost(query.maxElementCount());
        }
        int page = query.perPage() == null ? DEFAULT_PAGE : query.perPage();
        if (query.nextPageToken() != null) {
            String[] after = PageToken.after(query.nextPageToken());
            and("(m.vocabulary_type, m.element_id) > (?, ?)", after[0], after[1]);
        }
        return page(query, page);
    }

    /** Every condition of the query, for the organisation's own rows. */
    private void restrict(MasterDataQuery query, long orgId) {
        parameters.add(orgId);
        if (!query.vocabularyNames().isEmpty()) {
            and("m.vocabulary_type = any (?::text[])", (Object) query.vocabularyNames().toArray(String[]::new));
        }
        if (!query.names().isEmpty()) {
            and("m.element_id = any (?::text[])", (Object) query.names().toArray(String[]::new));
        }
        if (!query.withDescendants().isEmpty()) {
            // The children lists of one vocabulary name elements of the same vocabulary; UNION ends cycles.
            and("(m.vocabulary_type, m.element_id) in (with recursive d(t, id) as (select vocabulary_type, element_id "
                    + "from capture_master_data where org_id = ? and element_id = any (?::text[]) union select "
                    + "p.vocabulary_type, c.id from capture_master_data p join d on p.org_id = ? and p.vocabulary_type "
                    + "= d.t and p.element_id = d.id cross join unnest(p.children) c(id)) select t, id from d)",
                    orgId, query.withDescendants().toArray(String[]::new), orgId);
        }
        if (!query.hasAttributes().isEmpty()) {
            and(MasterDataConditions.hasAttribute("m", query.hasAttributes()));
        }
        query.attributeValues().forEach((name, values) -> and(MasterDataConditions.attributeEquals("m", name, values)));
    }

    private MasterDataPage page(MasterDataQuery query, int page) throws SQLException {
        List<Object> selected = new ArrayList<>();
        String attributes = "null";
        if (query.includeAttributes()) {
            attributes = "m.attributes";
            if (!query.attributeNames().isEmpty()) {
                attributes = "(select coalesce(jsonb_object_agg(a.key, a.value), '{}') from jsonb_each(m.attributes) a "
                        + "where exists (select 1 from unnest(?::text[]) n where capture_attribute_named(a.key, n)))";
                selected.add(query.attributeNames().toArray(String[]::new));
            }
        }
        String sql = "select m.vocabulary_type, m.element_id, " + attributes + "::text, m.children, "
                + "m.namespaces::text from capture_master_data m where " + where + " order by m.vocabulary_type, m.element_id limit ?";
        Map<String, List<MasterData.VocabularyElement>> vocabularies = new LinkedHashMap<>();
        String lastType = null;
        String lastId = null;
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = SqlParameters.set(ps, SqlParameters.set(ps, 1, selected), parameters);
            ps.setInt(next, page + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && rows++ < page) {
                    lastType = rs.getString(1);
                    lastId = rs.getString(2);
                    ObjectNode element = NODES.objectNode().put("id", lastId);
                    if (query.includeAttributes()) {
                        element.set("attributes", attributeList(EpcisJsonCodec.parse(rs.getString(3))));
                    }
                    if (query.includeChildren()) {
                        ArrayNode children = element.putArray("children");
                        for (String child : (String[]) rs.getArray(4).getArray()) {
                            children.add(child);
                        }
                    }
                    vocabularies.computeIfAbsent(lastType, t -> new ArrayList<>())
                            .add(element(lastType, element, rs.getString(5)));
                }
            }
        }
        List<MasterData.Vocabulary> found = new ArrayList<>();
        vocabularies.forEach((type, elements) -> found.add(new MasterData.Vocabulary(type, elements)));
        return new MasterDataPage(new MasterData(found), rows > page ? PageToken.of(lastType, lastId) : null);
    }

    /**
     * One stored element read back with the prefix bindings of the document that stated it. A row stored before those
     * were kept (V480) may name members by a prefix no longer known: its structured values are left out rather than
     * failing everyone's query.
     */
    private static MasterData.VocabularyElement element(String type, ObjectNode element, String namespaces) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        EpcisJsonCodec.parse(namespaces).fields()
                .forEachRemaining(p -> prefixes.put(p.getKey(), p.getValue().asText()));
        ObjectNode tree = NODES.objectNode();
        tree.putArray("vocabularyList").addObject().put("type", type).putArray("vocabularyElementList").add(element);
        try {
            return JSON.readMasterData(tree, prefixes).vocabularies().getFirst().elements().getFirst();
        } catch (EpcisValidationException e) {
            ArrayNode scalars = NODES.arrayNode();
            element.path("attributes").forEach(a -> {
                if (!a.path("attribute").isObject()) {
                    scalars.add(a);
                }
            });
            element.set("attributes", scalars);
            return JSON.readMasterData(tree, prefixes).vocabularies().getFirst().elements().getFirst();
        }
    }

    /** The stored object (ID to value, an array for a repeated ID) as the standard's list of {id, attribute}. */
    private static ArrayNode attributeList(JsonNode stored) {
        ArrayNode list = NODES.arrayNode();
        stored.fields().forEachRemaining(entry -> {
            List<JsonNode> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(values::add);
            } else {
                values.add(entry.getValue());
            }
            for (JsonNode value : values) {
                ObjectNode attribute = list.addObject().put("id", entry.getKey());
                if (!value.isNull()) {
                    attribute.set("attribute", value);
                }
            }
        });
        return list;
    }

    private void requireAtMost(int max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from (select 1 from capture_master_data m where " + where + " limit ?) n")) {
            ps.setInt(SqlParameters.set(ps, 1, parameters), max + 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > max) {
                    throw new QueryTooLargeException("maxElementCount", max, "vocabulary elements");
                }
            }
        }
    }

    private void and(String sql, Object... values) {
        where.append(" and ").append(sql);
        parameters.addAll(List.of(values));
    }

    private void and(JsonConditions.Fragment fragment) {
        where.append(" and ").append(fragment.sql());
        parameters.addAll(fragment.parameters());
    }

    /** Opaque to clients: the vocabulary type and element ID the page ended with. */
    static final class PageToken {
        private PageToken() {}

        static String of(String type, String id) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("m" + type + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        static String[] after(String token) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                int newline = text.indexOf('\n');
                if (text.startsWith("m") && newline > 1) {
                    return new String[] {text.substring(1, newline), text.substring(newline + 1)};
                }
            } catch (IllegalArgumentException e) {
                // answered below
            }
            throw new QueryParameterException(List.of(
                    new QueryParameterException.Problem("nextPageToken", "not a token this server issued")));
        }
    }
}
