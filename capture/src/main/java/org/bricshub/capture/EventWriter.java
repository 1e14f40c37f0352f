package org.bricshub.capture;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bricshub.platform.db.CopyRows;

/**
 * Writes accepted events in the capture transaction: the hash-ID registry (duplicates), the events, their
 * identifier index and the log outbox, each table in one COPY or one array statement.
 */
final class EventWriter {
    /**
     * Writes the events that are not duplicates and returns their outbox entries; a duplicate is a non-error-declaration event
     * whose hash ID is already stored or earlier in the same list.
     */
    List<LeafRecorder.Pending> write(Connection c, long jobId, long orgId, OffsetDateTime recordTime,
            List<PreparedEvent> events, long sizeBefore, List<String> duplicates) throws SQLException {
        long[] seqs = nextSequenceValues(c, events.size());
        List<PreparedEvent> fresh = new ArrayList<>();
        List<Long> freshSeqs = new ArrayList<>();
        Set<String> registered = register(c, events, seqs);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            PreparedEvent e = events.get(i);
            if (e.isErrorDeclaration() || (registered.contains(e.hashId()) && seen.add(e.hashId()))) {
                fresh.add(e);
                freshSeqs.add(seqs[i]);
            } else {
                duplicates.add(e.hashId());
            }
        }
        String recorded = recordTime.toString(); // the same for every row: formatted once
        CopyRows rows = new CopyRows();
        CopyRows values = new CopyRows();
        CopyRows outbox = new CopyRows();
        for (int i = 0; i < fresh.size(); i++) {
            PreparedEvent e = fresh.get(i);
            long seq = freshSeqs.get(i);
            var common = e.served().common();
            rows.field(seq).field(recorded).field(common.eventTime().toString()).field(e.served().type().ordinal())
                    .field(e.hashId()).field(common.eventID())
                    .field(e.served().action() == null ? null : e.served().action().name())
                    .field(common.bizStep()).field(common.disposition())
                    .field(common.readPoint() == null ? null : common.readPoint().id())
                    .field(common.bizLocation() == null ? null : common.bizLocation().id())
                    .field(e.isErrorDeclaration()).field(orgId).field(jobId).field(e.canonicalUtf8()).endRow();
            for (EventValue v : e.values()) {
                values.field(seq).field(recorded).field(v.role().code).field(v.type()).field(v.value()).field(v.gs1Key())
                        .endRow();
            }
            outbox.field(seq).bytea(e.entry().bytes()).field(sizeBefore).endRow();
        }
        rows.copyInto(c, "capture_events (seq, record_time, event_time, event_type, hash_id, event_id, action, "
                + "biz_step, disposition, read_point, biz_location, error_declared, org_id, job_id, event)");
        values.copyInto(c, "capture_event_values (seq, record_time, role, type, value, gs1_key)");
        outbox.copyInto(c, "capture_log_outbox (seq, entry, size_before)");
        List<LeafRecorder.Pending> stored = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            stored.add(new LeafRecorder.Pending(freshSeqs.get(i), fresh.get(i).entry().bytes()));
        }
        return stored;
    }

    private static long[] nextSequenceValues(Connection c, int n) throws SQLException {
        long[] seqs = new long[n];
        try (PreparedStatement ps = c.prepareStatement(
                "select nextval('capture_event_seq') from generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    seqs[i] = rs.getLong(1);
                }
            }
        }
        return seqs;
    }

    /** Enters the hash IDs of events that are not error declarations; returns those that were new. */
    private static Set<String> register(Connection c, List<PreparedEvent> events, long[] seqs) throws SQLException {
        List<String> hashes = new ArrayList<>();
        List<Long> seqList = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!events.get(i).isErrorDeclaration()) {
                hashes.add(events.get(i).hashId());
                seqList.add(seqs[i]);
            }
        }
        Set<String> inserted = new HashSet<>();
        if (hashes.isEmpty()) {
            return inserted;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into capture_event_hashes (hash_id, seq) "
                + "select * from unnest(?::text[], ?::bigint[]) on conflict do nothing returning hash_id")) {
            Array h = c.createArrayOf("text", hashes.toArray());
            Array s = c.createArrayOf("bigint", seqList.toArray());
            ps.setArray(1, h);
            ps.setArray(2, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
        }
        return inserted;
    }
}
