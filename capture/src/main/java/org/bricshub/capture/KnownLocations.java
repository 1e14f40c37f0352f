package org.bricshub.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * "All the business locations / read points known to this repository" (the REST binding's {@code GET /bizLocations}
 * and {@code GET /readPoints}) as one caller may see them: the values of the events it may see, united with the
 * element IDs of its own organisation's master data of the field's vocabulary type (BusinessLocation, ReadPoint; master
 * data is per organisation, as for the SimpleMasterDataQuery). Ordered by byte (the {@code text_pattern_ops} order of
 * the V450 location indexes, and of no locale), keyset paged after the last value given.
 *
 * <p>Plans (EXPLAIN ANALYZE over a few thousand events and elements, {@code QueryPlansIT}; figures in
 * docs/design/epcis-query.md, "Browse resources"): the event side is a loose index scan, a recursive walk taking per
 * step the next greater location of a visible event from the month partitions' location indexes ({@code limit 1}), so
 * a page costs {@code perPage} index descents rather than a pass over every event at those locations; the master-data
 * side reads the organisation's rows through an index on {@code org_id} and top-N sorts its elements of the
 * vocabulary. UNION drops a location named by events and master data alike.
 */
final class KnownLocations {
    private KnownLocations() {}

    /** At most {@code limit} values greater (by byte) than {@code after} ({@code null}: from the first). */
    static List<String> page(Connection c, Visibility.Rule rule, BrowseField field, String after, int limit)
            throws SQLException {
        Statement page = pageStatement(rule, field, after, limit);
        try (PreparedStatement ps = c.prepareStatement(page.sql())) {
            SqlParameters.set(ps, 1, page.parameters());
            List<String> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    /** The SQL of {@link #page} with its parameters (tests EXPLAIN it). */
    static Statement pageStatement(Visibility.Rule rule, BrowseField field, String after, int limit) {
        String column = "e." + column(field);
        String next = "(select " + column + " from capture_events e where " + column + " is not null and " + column
                + " ~>~ %s and " + rule.sql() + " order by " + column + " using ~<~ limit 1)";
        String sql = "with recursive walk(v) as (select " + next.formatted("?") + " union all select "
                + next.formatted("w.v") + " from walk w where w.v is not null) "
                + "select v from ((select v from walk where v is not null limit ?) union (select m.element_id "
                + "from capture_master_data m where m.org_id = ? and m.vocabulary_type = ? and m.element_id ~>~ ? "
                + "order by m.element_id using ~<~ limit ?)) u order by v using ~<~ limit ?";
        // Values are URIs and element IDs are never blank, so every one is greater than "".
        String from = after == null ? "" : after;
        List<Object> parameters = new ArrayList<>();
        parameters.add(from);
        parameters.addAll(rule.parameters());
        parameters.addAll(rule.parameters());
        parameters.addAll(List.of(limit, rule.orgId(), vocabularyType(field), from, limit, limit));
        return new Statement(sql, parameters);
    }

    /** Whether an event the caller may see, or its organisation's master data, names the location. */
    static boolean isKnown(Connection c, Visibility.Rule rule, BrowseField field, String value) throws SQLException {
        String sql = "select exists (select 1 from capture_events e where e." + column(field) + " = ? and " + rule.sql()
                + ") or exists (select 1 from capture_master_data m where m.org_id = ? and m.vocabulary_type = ? "
                + "and m.element_id = ?)";
        List<Object> parameters = new ArrayList<>();
        parameters.add(value);
        parameters.addAll(rule.parameters());
        parameters.addAll(List.of(rule.orgId(), vocabularyType(field), value));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlParameters.set(ps, 1, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Whether the field's values are vocabulary elements that master data may name. */
    static boolean covers(BrowseField field) {
        return field == BrowseField.BIZ_LOCATION || field == BrowseField.READ_POINT;
    }

    private static String column(BrowseField field) {
        return switch (field) {
            case BIZ_LOCATION -> "biz_location";
            case READ_POINT -> "read_point";
            default -> throw new IllegalArgumentException(field + " is not a location");
        };
    }

    private static String vocabularyType(BrowseField field) {
        return MasterDataConditions.vocabularyType(field == BrowseField.BIZ_LOCATION ? "bizLocation" : "readPoint");
    }

    /** An SQL statement and its parameters in order. */
    record Statement(String sql, List<Object> parameters) {
        Statement {
            parameters = List.copyOf(parameters);
        }
    }
}
