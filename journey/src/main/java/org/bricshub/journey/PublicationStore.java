package org.bricshub.journey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The brand owners' publication decisions and the set of events published journeys show (V600). */
final class PublicationStore {

    Optional<Set<String>> bizSteps(Connection c, String gtin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select biz_steps from journey_product_publication where gtin = ?")) {
            ps.setString(1, gtin);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Set.of((String[]) rs.getArray(1).getArray())) : Optional.empty();
            }
        }
    }

    /** The owner's per-event decisions among these events: hash ID → published. */
    Map<String, Boolean> eventDecisions(Connection c, long orgId, Collection<String> hashIds) throws SQLException {
        Map<String, Boolean> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select hash_id, published from journey_event_publication "
                + "where org_id = ? and hash_id = any(?)")) {
            ps.setLong(1, orgId);
            ps.setArray(2, c.createArrayOf("text", hashIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getBoolean(2));
                }
            }
        }
        return out;
    }

    void setBizSteps(Connection c, String gtin, Optional<Set<String>> steps, long keyId, Instant now)
            throws SQLException {
        if (steps.isEmpty()) {
            update(c, "delete from journey_product_publication where gtin = ?", gtin);
        } else {
            try (PreparedStatement ps = c.prepareStatement("insert into journey_product_publication values (?, ?, ?, ?) "
                    + "on conflict (gtin) do update set biz_steps = excluded.biz_steps, updated_at = excluded.updated_at,"
                    + " updated_by = excluded.updated_by")) {
                ps.setString(1, gtin);
                ps.setArray(2, c.createArrayOf("text", steps.get().toArray()));
                ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setLong(4, keyId);
                ps.executeUpdate();
            }
        }
        changed(c);
    }

    void setEventDecision(Connection c, long orgId, String hashId, Optional<Boolean> published, long keyId, Instant now)
            throws SQLException {
        if (published.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from journey_event_publication where org_id = ? and hash_id = ?")) {
                ps.setLong(1, orgId);
                ps.setString(2, hashId);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("insert into journey_event_publication values (?, ?, ?, ?, ?) "
                    + "on conflict (hash_id, org_id) do update set published = excluded.published, "
                    + "updated_at = excluded.updated_at, updated_by = excluded.updated_by")) {
                ps.setLong(1, orgId);
                ps.setString(2, hashId);
                ps.setBoolean(3, published.get());
                ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setLong(5, keyId);
                ps.executeUpdate();
            }
        }
        changed(c);
    }

    /** Every cached journey is stale now, and what they showed is shown again only once they are rebuilt. */
    private static void changed(Connection c) throws SQLException {
        update(c, "update journey_publication_version set version = version + 1 where id = 1");
        update(c, "delete from journey_shown_events");
    }

    void markShown(Connection c, Collection<String> hashIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into journey_shown_events select unnest(?::text[]) "
                + "on conflict do nothing")) {
            ps.setArray(1, c.createArrayOf("text", hashIds.toArray()));
            ps.executeUpdate();
        }
    }

    boolean isShown(Connection c, String hashId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from journey_shown_events where hash_id = ?")) {
            ps.setString(1, hashId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** What keys the cache: the latest captured event, the publication version and the latest issued batch. */
    Stamp stamp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select (select coalesce(max(seq), 0) from capture_events), "
                + "(select version from journey_publication_version where id = 1), "
                + "(select coalesce(max(id), 0) from batches)");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    record Stamp(long lastEvent, long publication, long lastBatch) {}

    private static void update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
