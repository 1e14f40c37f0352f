package org.bricshub.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.bricshub.epcis.CanonicalJson;
import org.bricshub.epcis.EpcisJsonCodec;

/**
 * A stored event found by event ID or hash ID, with its canonical JSON and leaf (if recorded). An error declaration
 * repeats the hash ID (and often the eventID) of the event it corrects; the latest capture is the one found.
 */
record StoredRow(String eventId, String hashId, String canonicalJson, Long leafIndex) {

    static Optional<StoredRow> find(Connection c, String id, Visibility.Rule rule) throws SQLException {
        String sql = "select e.event_id, e.hash_id, e.event::text, l.leaf_index from capture_events e "
                + "left join capture_event_leaves l on l.seq = e.seq where e.seq in (" + EventIds.SEQS_OF_ANY + ") and "
                + rule.sql() + " order by e.seq desc limit 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = SqlParameters.set(ps, 1, EventIds.parameters(new String[] {id}));
            SqlParameters.set(ps, next, rule.parameters());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long leaf = rs.getLong(4);
                return Optional.of(new StoredRow(rs.getString(1), rs.getString(2), canonical(rs.getString(3)),
                        rs.wasNull() ? null : leaf));
            }
        }
    }

    /** jsonb keeps values, not layout: the canonical form is recomputed, and equals what the entry committed to. */
    static String canonical(String jsonbText) {
        return CanonicalJson.of(EpcisJsonCodec.parse(jsonbText));
    }
}
