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
import org.bricshub.epcis.query.EventQuery;
import org.bricshub.epcis.query.QueryCondition;
import org.bricshub.epcis.query.QueryCondition.EpcRole;
import org.bricshub.epcis.query.QueryParameterException;

/**
 * Runs an {@link EventQuery} (EPCIS 2.0 §8.2.7.1 SimpleEventQuery) as one SQL statement over the events and their
 * identifier index. The families not translated yet are refused by name, never ignored.
 */
final class EventQueries {
    static final int DEFAULT_PAGE = 100;
    private final Connection c;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    EventQueries(Connection c) {
        this.c = c;
    }

    EventPage run(EventQuery query, Visibility.Rule rule) throws SQLException {
        where.append(rule.sql());
        parameters.addAll(rule.parameters());
        for (QueryCondition condition : query.conditions()) {
            add(condition);
        }
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
            default -> throw unsupported("orderBy", "ordering by an extension field is not supported yet");
        };
        String sql = "select e.event::text from capture_events e where " + where + " order by " + order
                + " limit ? offset ?";
        List<String> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = SqlParameters.set(ps, 1, parameters);
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

    private void add(QueryCondition condition) {
        switch (condition) {
            case QueryCondition.EventTypeIn t -> and("e.event_type = any (?::smallint[])",
                    (Object) t.types().stream().map(EventQueries::typeCode).toArray(Long[]::new));
            case QueryCondition.TimeBound t -> and(timeColumn(t.field()) + (t.comparison().name().equals("GE")
                    ? " >= ?" : " < ?"), t.time());
            case QueryCondition.ValueIn v -> valueIn(v);
            case QueryCondition.EpcMatch m -> matchEpc(m);
            case QueryCondition.TypedReferenceIn r -> and("e.seq in (select seq from capture_event_values where role = ? "
                            + "and type = ? and value = any (?::text[]))", switch (r.kind()) {
                                case BIZ_TRANSACTION -> ValueRole.BIZ_TRANSACTION.code;
                                case SOURCE -> ValueRole.SOURCE.code;
                                case DESTINATION -> ValueRole.DESTINATION.code;
                            }, r.type(), r.values().toArray(String[]::new));
            case QueryCondition.Exists x -> and(switch (x.part()) {
                case ERROR_DECLARATION -> "e.error_declared";
                case SENSOR_ELEMENT_LIST -> "jsonb_exists(e.event, 'sensorElementList')";
            });
            default -> throw unsupported(condition.getClass().getSimpleName(),
                    "this query family is not supported by the repository yet: " + condition);
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
        if (array != null) {
            and("jsonb_exists_any(coalesce(" + array + ", '[]'::jsonb), ?::text[])", (Object) values);
        } else {
            and(valueColumn(v.field()) + " = any (?::text[])", (Object) values);
        }
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
                likes.add(pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        .replaceFirst("^urn:epc:idpat:", "urn:epc:id:").replace("*", "%"));
            } else {
                exact.add(pattern);
            }
        }
        Long[] codes = roles.stream().map(r -> (long) r.code).toArray(Long[]::new);
        and("e.seq in (select seq from capture_event_values where role = any (?::smallint[]) and "
                + "(value = any (?::text[]) or value like any (?::text[])))", codes, exact.toArray(String[]::new),
                likes.toArray(String[]::new));
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
