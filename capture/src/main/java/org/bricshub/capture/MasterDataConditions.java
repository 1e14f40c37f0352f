package org.bricshub.capture;

import java.util.List;
import java.util.Map;
import org.bricshub.epcis.query.QueryCondition;
import org.bricshub.epcis.query.QueryValue;

/**
 * {@code HASATTR_field} and {@code EQ_ATTR_field_attr} (EPCIS 2.0 §8.2.7.1) as SQL: the event's field names a
 * vocabulary element of the field's vocabulary type that the querying organisation stated master data for, with the
 * attribute (and one of the values). The master data looked up is the organisation's own, so another organisation's
 * statements never decide what matches. The element IDs come from a small sub-select; the event side stays an index
 * look-up (the {@code read_point}/{@code biz_location} columns, the identifier index for classes). The master data's
 * children lists give {@code WD_} its hierarchy ({@link #withDescendants}).
 */
final class MasterDataConditions {
    private static final Map<String, String> VOCABULARY_TYPES = Map.of(
            "readPoint", "urn:epcglobal:epcis:vtype:ReadPoint",
            "bizLocation", "urn:epcglobal:epcis:vtype:BusinessLocation",
            "epcClass", "urn:epcglobal:epcis:vtype:EPCClass");
    private static final Long[] CLASS_ROLES = List.of(ValueRole.EPC_CLASS, ValueRole.CHILD_EPC_CLASS,
            ValueRole.INPUT_EPC_CLASS, ValueRole.OUTPUT_EPC_CLASS).stream().map(r -> (long) r.code).toArray(Long[]::new);

    private MasterDataConditions() {}

    /** The vocabulary type of an event field whose values are user vocabulary elements, or {@code null}. */
    static String vocabularyType(String field) {
        return VOCABULARY_TYPES.get(field);
    }

    /** The condition for the organisation {@code orgId}'s master data. */
    static JsonConditions.Fragment of(QueryCondition.MasterDataAttribute a, long orgId) {
        String type = vocabularyType(a.field());
        if (type == null) {
            throw new IllegalArgumentException("the parser admits only fields with master data, got " + a.field());
        }
        JsonConditions.Fragment attribute = a.attribute() == null ? hasAttribute("m", a.attributeNames())
                : attributeEquals("m", a.attribute(), a.values().stream().map(MasterDataConditions::text).toList());
        String elements = "select m.element_id from capture_master_data m where m.org_id = ? and m.vocabulary_type = ? "
                + "and " + attribute.sql();
        String sql = switch (a.field()) {
            case "readPoint" -> "e.read_point in (" + elements + ")";
            case "bizLocation" -> "e.biz_location in (" + elements + ")";
            default -> "e.seq in (select seq from capture_event_values where role = any (?::smallint[]) and value in ("
                    + elements + "))";
        };
        List<Object> parameters = new java.util.ArrayList<>();
        if (a.field().equals("epcClass")) {
            parameters.add(CLASS_ROLES);
        }
        parameters.add(orgId);
        parameters.add(type);
        parameters.addAll(attribute.parameters());
        return new JsonConditions.Fragment(sql, parameters);
    }

    /**
     * {@code HASATTR}: the element (a {@code capture_master_data} row aliased {@code alias}) has a non-null attribute
     * named one of {@code names}, the full ID or its last segment (EPCIS 1.2 §8.2.7.1 and §8.2.7.2: "a non-null
     * attribute").
     */
    static JsonConditions.Fragment hasAttribute(String alias, java.util.Collection<String> names) {
        // A repeated attribute is an array of its values: it is had when one of them is not null.
        return new JsonConditions.Fragment("exists (select 1 from jsonb_each(" + alias + ".attributes) a where "
                + "exists (select 1 from unnest(?::text[]) n where capture_attribute_named(a.key, n)) and exists ("
                + "select 1 from jsonb_array_elements(case jsonb_typeof(a.value) when 'array' then a.value else "
                + "jsonb_build_array(a.value) end) v where v <> 'null'::jsonb))",
                List.of((Object) names.toArray(String[]::new)));
    }

    /**
     * {@code EQ_ATTR_}: the element's attribute named {@code name} equals one of the values, compared by the stored
     * value's type ({@code capture_attribute_matches}, V480): each query value is offered as text, and also as a
     * number or a date-time when it reads as one (the query schema's {@code string-array-or-date-string-or-number}).
     */
    static JsonConditions.Fragment attributeEquals(String alias, String name, List<String> values) {
        List<String> numbers = new java.util.ArrayList<>();
        List<String> times = new java.util.ArrayList<>();
        for (String value : values) {
            switch (QueryValue.of(value)) {
                case QueryValue.Number n -> numbers.add(n.number().toPlainString());
                case QueryValue.Time t -> times.add(t.time().toString());
                case QueryValue.Text t -> { }
            }
        }
        return new JsonConditions.Fragment("exists (select 1 from jsonb_each(" + alias + ".attributes) a where "
                + "capture_attribute_named(a.key, ?) and capture_attribute_matches(a.value, ?::text[], ?::numeric[], "
                + "?::timestamptz[]))", List.of(name, values.toArray(String[]::new), numbers.toArray(String[]::new),
                times.toArray(String[]::new)));
    }

    /**
     * {@code WD_readPoint} / {@code WD_bizLocation} (EPCIS 2.0 §8.2.7.1): the event's location is one of the IDs or a
     * direct or indirect child of one in the querying organisation's master data ({@code UNION} ends cycles).
     */
    static JsonConditions.Fragment withDescendants(String column, QueryCondition.WithDescendants w, long orgId) {
        String type = VOCABULARY_TYPES.get(w.field() == QueryCondition.ValueField.READ_POINT ? "readPoint" : "bizLocation");
        // = any (array(...)): computed once before the scan, so the column's index can serve it.
        return new JsonConditions.Fragment(column + " = any (array(with recursive d(id) as (select unnest(?::text[]) "
                + "union select c.id from capture_master_data m join d on m.element_id = d.id cross join "
                + "unnest(m.children) c(id) where m.org_id = ? and m.vocabulary_type = ?) select id from d))",
                List.of(w.ids().toArray(String[]::new), orgId, type));
    }

    private static String text(QueryValue value) {
        return switch (value) {
            case QueryValue.Text t -> t.text();
            case QueryValue.Number n -> n.number().toPlainString();
            case QueryValue.Time t -> t.time().toString();
        };
    }
}
