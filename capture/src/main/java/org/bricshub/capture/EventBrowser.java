package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.bricshub.epcis.EventType;
import org.bricshub.epcis.Vocabulary;
import org.bricshub.epcis.query.QueryCondition;
import org.bricshub.epcis.query.QueryParameterException;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Transaction;

/**
 * The browse resources of the REST binding: the distinct values of one field among the events the caller may see
 * (for locations also its organisation's master data, {@link KnownLocations}), paged by value (a keyset token: deep
 * pages cost what the first does), whether a value is among them, and the query condition of its {@code /events}
 * sub-resource. EPCs are every object identifier an event names (epcList, parentID, childEPCs, inputs, outputs).
 * Thread-safe.
 */
public final class EventBrowser {
    private static final List<Short> OBJECT_ROLES = List.of(ValueRole.EPC.code, ValueRole.PARENT_ID.code,
            ValueRole.CHILD_EPC.code, ValueRole.INPUT_EPC.code, ValueRole.OUTPUT_EPC.code);
    private final EventRepository repository;

    public EventBrowser(EventRepository repository) {
        this.repository = repository;
    }

    /**
     * The values after {@code nextPageToken}'s, at most {@code perPage}, ascending. Business locations and read points
     * are "all known to this repository" (the REST binding): those of the events the caller may see and the element
     * IDs of its organisation's master data of the BusinessLocation / ReadPoint vocabulary, each once, in byte order.
     */
    public ValuePage values(Principal caller, BrowseField field, int perPage, String nextPageToken) {
        String after = nextPageToken == null ? null : decode(nextPageToken);
        Visibility.Rule rule = repository.visibility().of(caller);
        List<String> values = Transaction.run(repository.dataSource(), c -> {
            if (KnownLocations.covers(field)) {
                return KnownLocations.page(c, rule, field, after, perPage + 1);
            }
            try (PreparedStatement ps = c.prepareStatement("select distinct " + column(field) + " v " + from(field)
                    + " where " + rule.sql() + " and " + column(field) + " is not null and (?::" + type(field)
                    + " is null or " + column(field) + " > ?::" + type(field) + ") order by 1 limit ?")) {
                int next = SqlParameters.set(ps, 1, parameters(field));
                next = SqlParameters.set(ps, next, rule.parameters());
                ps.setObject(next, after == null ? null : key(field, after));
                ps.setObject(next + 1, after == null ? null : key(field, after));
                ps.setInt(next + 2, perPage + 1);
                List<String> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(field == BrowseField.EVENT_TYPE ? EventType.values()[rs.getShort(1)].standardName()
                                : rs.getString(1));
                    }
                }
                return found;
            }
        });
        boolean more = values.size() > perPage;
        List<String> page = more ? values.subList(0, perPage) : values;
        return new ValuePage(page, more ? encode(page.getLast()) : null);
    }

    /**
     * Whether some event the caller may see holds this value; for business locations and read points also whether
     * the caller organisation's master data names it.
     */
    public boolean isKnown(Principal caller, BrowseField field, String value) {
        Visibility.Rule rule = repository.visibility().of(caller);
        Object key = key(field, normalised(field, value));
        if (key == null) {
            return false;
        }
        return Transaction.run(repository.dataSource(), c -> {
            if (KnownLocations.covers(field)) {
                return KnownLocations.isKnown(c, rule, field, value);
            }
            try (PreparedStatement ps = c.prepareStatement("select 1 " + from(field) + " where " + rule.sql()
                    + " and " + column(field) + " = ? limit 1")) {
                int next = SqlParameters.set(ps, 1, parameters(field));
                next = SqlParameters.set(ps, next, rule.parameters());
                ps.setObject(next, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The condition that selects the events of {@code /<resource>/<value>/events}. */
    public static QueryCondition condition(BrowseField field, String value) {
        String v = normalised(field, value);
        return switch (field) {
            case EVENT_TYPE -> new QueryCondition.EventTypeIn(Set.of(v));
            case EPC -> new QueryCondition.EpcMatch(QueryCondition.EpcRole.ANY_EPC, Set.of(v));
            case BIZ_STEP -> new QueryCondition.ValueIn(QueryCondition.ValueField.BIZ_STEP, Set.of(v));
            case BIZ_LOCATION -> new QueryCondition.ValueIn(QueryCondition.ValueField.BIZ_LOCATION, Set.of(v));
            case READ_POINT -> new QueryCondition.ValueIn(QueryCondition.ValueField.READ_POINT, Set.of(v));
            case DISPOSITION -> new QueryCondition.ValueIn(QueryCondition.ValueField.DISPOSITION, Set.of(v));
        };
    }

    /** Vocabulary values are held compact ({@code shipping}); a client may name them by full URI. */
    private static String normalised(BrowseField field, String value) {
        return switch (field) {
            case BIZ_STEP -> Vocabulary.BIZ_STEP.compact(value);
            case DISPOSITION -> Vocabulary.DISPOSITION.compact(value);
            default -> value;
        };
    }

    private static Object key(BrowseField field, String value) {
        if (field != BrowseField.EVENT_TYPE) {
            return value;
        }
        return EventType.fromStandardName(value).map(t -> (short) t.ordinal()).orElse(null);
    }

    private static String column(BrowseField field) {
        return switch (field) {
            case EVENT_TYPE -> "e.event_type";
            case EPC -> "x.value";
            case BIZ_STEP -> "e.biz_step";
            case BIZ_LOCATION -> "e.biz_location";
            case READ_POINT -> "e.read_point";
            case DISPOSITION -> "e.disposition";
        };
    }

    private static String type(BrowseField field) {
        return field == BrowseField.EVENT_TYPE ? "smallint" : "text";
    }

    private static String from(BrowseField field) {
        return field == BrowseField.EPC
                ? "from capture_event_values x join capture_events e on e.seq = x.seq and x.role = any (?::smallint[])"
                : "from capture_events e";
    }

    private static List<Object> parameters(BrowseField field) {
        return field == BrowseField.EPC ? List.of((Object) OBJECT_ROLES.stream().map(Long::valueOf).toArray(Long[]::new))
                : List.of();
    }

    private static String encode(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k" + value).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith("k")) {
                throw new IllegalArgumentException("not a browse token");
            }
            return text.substring(1);
        } catch (IllegalArgumentException e) {
            throw new QueryParameterException(List.of(new QueryParameterException.Problem("nextPageToken",
                    "not a token this server issued")));
        }
    }
}
