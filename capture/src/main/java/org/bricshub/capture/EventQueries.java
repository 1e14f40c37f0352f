package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bricshub.epcis.EventType;
import org.bricshub.epcis.query.Comparison;
import org.bricshub.epcis.query.EventQuery;
import org.bricshub.epcis.query.QueryCondition;
import org.bricshub.epcis.query.QueryCondition.EpcRole;
import org.bricshub.epcis.query.QueryParameterException;

/**
 * Runs an {@link EventQuery} (EPCIS 2.0 §8.2.7.1 SimpleEventQuery) as one SQL statement over the events and their
 * identifier index. The families with no column or index row are answered from the stored jsonb
 * ({@link JsonConditions}); master-data attributes from the querying organisation's master data
 * ({@link MasterDataConditions}).
 */
final class EventQueries {
    static final int DEFAULT_PAGE = 100;
    private final Connection c;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final List<Object> orderParameters = new ArrayList<>();
    /** Whose master data HASATTR_/EQ_ATTR_ read: the querying organisation's own. */
    private long orgId;

    EventQueries(Connection c) {
        this.c = c;
    }

    /** The events matching, in capture order, at most {@code limit}: their seq values. */
    List<Long> seqs(EventQuery query, Visibility.Rule rule, int limit) throws SQLException {
        prepare(query, rule);
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select e.seq from capture_events e where " + where
                + " order by e.seq limit ?")) {
            ps.setLong(SqlParameters.set(ps, 1, parameters), limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
        }
        return seqs;
    }

    private void prepare(EventQuery query, Visibility.Rule rule) {
        orgId = rule.orgId();
        where.insert(0, rule.sql());
        parameters.addAll(0, rule.parameters());
        for (QueryCondition condition : query.conditions()) {
            add(condition);
        }
    }

    EventPage run(EventQuery query, Visibility.Rule rule) throws SQLException {
        prepare(query, rule);
        if (query.maxEventCount() != null) {
            requireAtMost(query.maxEventCount());
        }
        int page = query.perPage() == null ? DEFAULT_PAGE : query.perPage();
        long offset = query.nextPageToken() == null ? 0 : PageToken.offset(query.nextPageToken());
        long limit = page;
        if (query.eventCountLimit() != null) {
            limit = Math.max(0, Math.min(page, query.eventCountLimit() - offset));
        }
        String order = switch (query.orderBy() == null ? "" : query.orderBy()) {
            case "eventTime" -> "e.event_time " + query.orderDirection() + ", e.seq";
            case "recordTime" -> "e.record_time " + query.orderDirection() + ", e.seq";
            case "" -> "e.seq";
            default -> {
                JsonConditions.Fragment value = JsonConditions.orderValue(query.orderByExtension());
                orderParameters.addAll(value.parameters());
                yield value.sql() + " " + query.orderDirection() + " nulls last, e.seq";
            }
        };
        String sql = "select e.event::text from capture_events e where " + where + " order by " + order
                + " limit ? offset ?";
        List<String> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = SqlParameters.set(ps, SqlParameters.set(ps, 1, parameters), orderParameters);
            ps.setLong(next, limit + 1);
            ps.setLong(next + 1, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(StoredRow.canonical(rs.getString(1)));
                }
            }
        }
        boolean more = events.size() > limit;
        List<String> pageEvents = more ? events.subList(0, (int) limit) : events;
        return new EventPage(pageEvents, more ? PageToken.of(offset + limit) : null);
    }

    private void requireAtMost(int max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from (select 1 from capture_events e where " + where + " limit ?) n")) {
            int next = SqlParameters.set(ps, 1, parameters);
            ps.setLong(next, max + 1L);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > max) {
                    throw new QueryTooLargeException(max);
                }
            }
        }
    }

    /** Restricts the results to these events (a subscription checking newly captured events). */
    EventQueries onlyEvents(Long[] seqs) {
        and("e.seq = any (?::bigint[])", (Object) seqs);
        return this;
    }

    private void add(QueryCondition condition) {
        switch (condition) {
            case QueryCondition.EventTypeIn t -> and("e.event_type = any (?::smallint[])",
                    (Object) t.types().stream().map(EventQueries::typeCode).toArray(Long[]::new));
            case QueryCondition.TimeBound t -> timeBound(t);
            case QueryCondition.ValueIn v -> valueIn(v);
            case QueryCondition.WithDescendants w -> withDescendants(w);
            case QueryCondition.EpcMatch m -> matchEpc(m);
            case QueryCondition.TypedReferenceIn r -> and("e.seq in (select seq from capture_event_values where role = ? "
                            + "and type = ? and value = any (?::text[]))", switch (r.kind()) {
                                case BIZ_TRANSACTION -> ValueRole.BIZ_TRANSACTION.code;
                                case SOURCE -> ValueRole.SOURCE.code;
                                case DESTINATION -> ValueRole.DESTINATION.code;
                            }, r.type(), r.values().toArray(String[]::new));
            case QueryCondition.Exists x -> and(switch (x.part()) {
                case ERROR_DECLARATION -> "e.error_declared";
                case SENSOR_ELEMENT_LIST -> "jsonb_array_length(coalesce(e.event->'sensorElementList', '[]')) > 0";
            });
            case QueryCondition.NumberCompare n -> and(JsonConditions.number(n));
            case QueryCondition.BooleanValueIs b -> and(JsonConditions.booleanValue(b.value()));
            case QueryCondition.ExtensionField x -> and(JsonConditions.extension(x));
            case QueryCondition.MasterDataAttribute a -> and(MasterDataConditions.of(a, orgId));
        }
    }

    private void timeBound(QueryCondition.TimeBound t) {
        switch (t.field()) {
            case SENSOR_TIME -> {
                // A reading's time is its report's, or its element's metadata's when the report gives none.
                and(JsonConditions.anyTime(JsonConditions.REPORTS, "time", t.comparison(), t.time()).or(
                        JsonConditions.anyTime(JsonConditions.METADATA, "time", t.comparison(), t.time())));
            }
            case SENSOR_START_TIME -> and(JsonConditions.anyTime(JsonConditions.METADATA, "startTime", t.comparison(),
                    t.time()));
            case SENSOR_END_TIME -> and(JsonConditions.anyTime(JsonConditions.METADATA, "endTime", t.comparison(),
                    t.time()));
            default -> and(timeColumn(t.field()) + (t.comparison() == Comparison.GE ? " >= ?" : " < ?"), t.time());
        }
    }

    private void valueIn(QueryCondition.ValueIn v) {
        String array = switch (v.field()) {
            case PERSISTENT_DISPOSITION_SET -> "e.event->'persistentDisposition'->'set'";
            case PERSISTENT_DISPOSITION_UNSET -> "e.event->'persistentDisposition'->'unset'";
            case CORRECTIVE_EVENT_ID -> "e.event->'errorDeclaration'->'correctiveEventIDs'";
            default -> null;
        };
        String[] values = v.values().toArray(String[]::new);
        String reportField = switch (v.field()) {
            case SENSOR_TYPE -> "type";
            case MICROORGANISM -> "microorganism";
            case CHEMICAL_SUBSTANCE -> "chemicalSubstance";
            case STRING_VALUE -> "stringValue";
            case URI_VALUE -> "uriValue";
            default -> null;
        };
        if (array != null) {
            and("jsonb_exists_any(coalesce(" + array + ", '[]'::jsonb), ?::text[])", (Object) values);
        } else if (reportField != null) {
            and(JsonConditions.anyFieldIn(JsonConditions.REPORTS, reportField, values));
        } else if (v.field() == QueryCondition.ValueField.DEVICE_ID
                || v.field() == QueryCondition.ValueField.DATA_PROCESSING_METHOD) {
            String field = v.field() == QueryCondition.ValueField.DEVICE_ID ? "deviceID" : "dataProcessingMethod";
            and(JsonConditions.anyFieldIn(JsonConditions.REPORTS, field, values)
                    .or(JsonConditions.anyFieldIn(JsonConditions.METADATA, field, values)));
        } else if (v.field() == QueryCondition.ValueField.BIZ_RULES) {
            and(JsonConditions.anyFieldIn(JsonConditions.METADATA, "bizRules", values));
        } else if (v.field() == QueryCondition.ValueField.HEX_BINARY_VALUE) {
            and(JsonConditions.hexBinaryValue(values));
        } else if (v.field() == QueryCondition.ValueField.EVENT_ID) {
            // The seq look-up finds the events with one of these hash IDs or eventIDs through indexes; then the eventID.
            and("e.event_id = any (?::text[])", (Object) values);
            and("e.seq in (" + EventIds.SEQS_OF_ANY + ")", EventIds.parameters(values).toArray());
        } else {
            and(valueColumn(v.field()) + " = any (?::text[])", (Object) values);
        }
    }

    private void withDescendants(QueryCondition.WithDescendants w) {
        String column = w.field() == QueryCondition.ValueField.READ_POINT ? "e.read_point" : "e.biz_location";
        String[] patterns = w.ids().stream().flatMap(id -> LocationHierarchy.descendantPatterns(id).stream())
                .toArray(String[]::new);
        JsonConditions.Fragment named = MasterDataConditions.withDescendants(column, w, orgId);
        List<Object> values = new ArrayList<>(named.parameters());
        values.add(patterns);
        and("(" + named.sql() + " or " + column + " like any (?::text[]))", values.toArray());
    }

    private void and(JsonConditions.Fragment fragment) {
        and(fragment.sql(), fragment.parameters().toArray());
    }

    private void matchEpc(QueryCondition.EpcMatch m) {
        Set<ValueRole> roles = switch (m.role()) {
            case EPC -> EnumSet.of(ValueRole.EPC, ValueRole.CHILD_EPC);
            case PARENT_ID -> EnumSet.of(ValueRole.PARENT_ID);
            case INPUT_EPC -> EnumSet.of(ValueRole.INPUT_EPC);
            case OUTPUT_EPC -> EnumSet.of(ValueRole.OUTPUT_EPC);
            case ANY_EPC -> EnumSet.of(ValueRole.EPC, ValueRole.PARENT_ID, ValueRole.CHILD_EPC, ValueRole.INPUT_EPC,
                    ValueRole.OUTPUT_EPC);
            case EPC_CLASS -> EnumSet.of(ValueRole.EPC_CLASS, ValueRole.CHILD_EPC_CLASS);
            case INPUT_EPC_CLASS -> EnumSet.of(ValueRole.INPUT_EPC_CLASS);
            case OUTPUT_EPC_CLASS -> EnumSet.of(ValueRole.OUTPUT_EPC_CLASS);
            case ANY_EPC_CLASS -> EnumSet.of(ValueRole.EPC_CLASS, ValueRole.CHILD_EPC_CLASS, ValueRole.INPUT_EPC_CLASS,
                    ValueRole.OUTPUT_EPC_CLASS);
        };
        List<String> exact = new ArrayList<>();
        List<String> likes = new ArrayList<>();
        for (String pattern : m.patterns()) {
            if (pattern.contains("*")) {
                likes.add(SqlParameters.likeLiteral(pattern).replaceFirst("^urn:epc:idpat:", "urn:epc:id:")
                        .replace("*", "%"));
            } else {
                exact.add(pattern);
            }
        }
        Long[] codes = roles.stream().map(r -> (long) r.code).toArray(Long[]::new);
        String select = "e.seq in (select seq from capture_event_values where role = any (?::smallint[]) and ";
        // Each form alone, so that exact identifiers stay look-ups on (value, role): an OR with LIKE scans.
        if (likes.isEmpty()) {
            and(select + "value = any (?::text[]))", codes, exact.toArray(String[]::new));
        } else if (exact.isEmpty()) {
            and(select + "value like any (?::text[]))", codes, likes.toArray(String[]::new));
        } else {
            and(select + "(value = any (?::text[]) or value like any (?::text[])))", codes,
                    exact.toArray(String[]::new), likes.toArray(String[]::new));
        }
    }

    private void and(String sql, Object... values) {
        where.append(" and ").append(sql);
        parameters.addAll(List.of(values));
    }

    private static long typeCode(String standardName) {
        for (EventType type : EventType.values()) {
            if (type.standardName().equals(standardName)) {
                return type.ordinal();
            }
        }
        throw unsupported("eventType", "unknown event type " + standardName);
    }

    private static String timeColumn(QueryCondition.TimeField field) {
        return switch (field) {
            case EVENT_TIME -> "e.event_time";
            case RECORD_TIME -> "e.record_time";
            case ERROR_DECLARATION_TIME -> "(e.event->'errorDeclaration'->>'declarationTime')::timestamptz";
            default -> throw unsupported(field.name(), "this time bound is not supported by the repository yet");
        };
    }

    private static String valueColumn(QueryCondition.ValueField field) {
        return switch (field) {
            case ACTION -> "e.action";
            case BIZ_STEP -> "e.biz_step";
            case DISPOSITION -> "e.disposition";
            case READ_POINT -> "e.read_point";
            case BIZ_LOCATION -> "e.biz_location";
            case EVENT_ID -> "e.event_id";
            // Fields without a column are read from the stored event: a filter, not an index look-up.
            case TRANSFORMATION_ID -> "e.event->>'transformationID'";
            case ERROR_REASON -> "e.event->'errorDeclaration'->>'reason'";
            default -> throw unsupported("EQ_" + field.name(), "this field is not supported by the repository yet");
        };
    }

    private static QueryParameterException unsupported(String parameter, String rule) {
        return new QueryParameterException(List.of(new QueryParameterException.Problem(parameter, rule)));
    }

    /** Opaque to clients: the offset of the next page. */
    static final class PageToken {
        private PageToken() {}

        static String of(long offset) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
        }

        static long offset(String token) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                return Long.parseLong(text.substring(1));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw unsupported("nextPageToken", "not a token this server issued");
            }
        }
    }
}
