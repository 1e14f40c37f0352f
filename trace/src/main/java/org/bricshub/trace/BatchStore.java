package org.bricshub.trace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Batches, imported serials and recorded code states in PostgreSQL. */
final class BatchStore {
    private static final int IMPORT_CHUNK = 10_000;

    /** A stored batch with its key salt (absent for imported serials). */
    record StoredBatch(long id, String gtin, String lot, long count, Optional<String> expiry,
            Optional<String> productionDate, Optional<SerialFormat> format, byte[] salt, Instant createdAt) {
    }

    /** @return the new batch's id, or empty when the product already has this lot */
    Optional<Long> insert(Connection c, String gtin, NewBatch b, byte[] salt, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into batches (gtin, lot, count, expiry, production_date, serial_format, key_salt, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (gtin, lot) do nothing returning id""")) {
            ps.setString(1, gtin);
            ps.setString(2, b.lot());
            ps.setLong(3, b.count());
            ps.setString(4, b.expiry().orElse(null));
            ps.setString(5, b.productionDate().orElse(null));
            ps.setString(6, b.imported() ? null : b.serialFormat().wireName());
            ps.setBytes(7, b.imported() ? null : salt);
            ps.setTimestamp(8, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Inserts serials in chunks of one array-valued statement each. @return the number of new rows */
    long insertSerials(Connection c, long batchId, List<String> serials) throws SQLException {
        long inserted = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into imported_serials (batch_id, serial) select ?, unnest(?::text[]) on conflict do nothing")) {
            for (int from = 0; from < serials.size(); from += IMPORT_CHUNK) {
                List<String> chunk = serials.subList(from, Math.min(serials.size(), from + IMPORT_CHUNK));
                ps.setLong(1, batchId);
                ps.setArray(2, c.createArrayOf("text", chunk.toArray()));
                inserted += ps.executeUpdate();
            }
        }
        return inserted;
    }

    Optional<StoredBatch> find(Connection c, String gtin, String lot) throws SQLException {
        return findWithState(c, gtin, lot, "").map(BatchWithState::batch);
    }

    /** A batch and the recorded state of one serial of it, if any. */
    record BatchWithState(StoredBatch batch, Optional<CodeState> state) {
    }

    /** The batch and the serial's recorded state in one round trip: a genuine check's only query. */
    Optional<BatchWithState> findWithState(Connection c, String gtin, String lot, String serial) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select b.id, b.count, b.expiry, b.production_date, b.serial_format, b.key_salt, b.created_at, s.state
                from batches b left join code_states s on s.batch_id = b.id and s.serial = ?
                where b.gtin = ? and b.lot = ?""")) {
            ps.setString(1, serial);
            ps.setString(2, gtin);
            ps.setString(3, lot);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String format = rs.getString(5);
                String state = rs.getString(8);
                return Optional.of(new BatchWithState(new StoredBatch(rs.getLong(1), gtin, lot, rs.getLong(2),
                        Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                        format == null ? Optional.empty() : Optional.of(SerialFormat.parse("serialFormat", format)),
                        rs.getBytes(6), rs.getTimestamp(7).toInstant()),
                        state == null ? Optional.empty() : Optional.of(CodeState.parse("state", state))));
            }
        }
    }

    boolean hasImportedSerial(Connection c, long batchId, String serial) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select 1 from imported_serials where batch_id = ? and serial = ?")) {
            ps.setLong(1, batchId);
            ps.setString(2, serial);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Streams imported serials in serial order, skipping {@code from}; the driver fetches rows in pages. */
    void importedSerials(Connection c, long batchId, long from, long count, Consumer<String> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select serial from imported_serials where batch_id = ? order by serial offset ? limit ?")) {
            ps.setFetchSize(5000);
            ps.setLong(1, batchId);
            ps.setLong(2, from);
            ps.setLong(3, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1));
                }
            }
        }
    }

    void setState(Connection c, long batchId, String serial, CodeState state, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into code_states (batch_id, serial, state, changed_at) values (?, ?, ?, ?)
                on conflict (batch_id, serial) do update set state = excluded.state, changed_at = excluded.changed_at""")) {
            ps.setLong(1, batchId);
            ps.setString(2, serial);
            ps.setString(3, state.wireName());
            ps.setTimestamp(4, Timestamp.from(at));
            ps.executeUpdate();
        }
    }
}
