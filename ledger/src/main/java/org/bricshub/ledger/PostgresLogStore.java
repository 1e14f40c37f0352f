package org.bricshub.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.merkle.EntryBundle;

/**
 * {@link LogStore} in PostgreSQL ({@code log_*} tables). Each write is one transaction; the single row of
 * {@code log_state} holds both sizes and is updated conditionally, which serialises writers and refuses a second one.
 */
final class PostgresLogStore implements LogStore {

    private static final String UPSERT_TILE = """
            INSERT INTO log_tile (level, idx, width, hashes) VALUES (?, ?, ?, ?)
            ON CONFLICT (level, idx) DO UPDATE SET width = EXCLUDED.width, hashes = EXCLUDED.hashes
            WHERE log_tile.width < EXCLUDED.width""";
    private static final String UPSERT_BUNDLE = """
            INSERT INTO log_entry_bundle (idx, width, entries) VALUES (?, ?, ?)
            ON CONFLICT (idx) DO UPDATE SET width = EXCLUDED.width, entries = EXCLUDED.entries
            WHERE log_entry_bundle.width < EXCLUDED.width""";

    private final DataSource dataSource;

    PostgresLogStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void sequence(long firstIndex, List<byte[]> entries) {
        inTransaction("sequence " + entries.size() + " entries at " + firstIndex, connection -> {
            try (PreparedStatement advance = connection.prepareStatement(
                    "UPDATE log_state SET sequenced_size = ? WHERE id = 1 AND sequenced_size = ?")) {
                advance.setLong(1, firstIndex + entries.size());
                advance.setLong(2, firstIndex);
                if (advance.executeUpdate() != 1) {
                    throw new LogStoreException("sequencing at " + firstIndex + " but the log has "
                            + sequencedSize(connection) + " sequenced entries: another writer?");
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO log_sequenced (first_index, entry_count, entries) VALUES (?, ?, ?)")) {
                insert.setLong(1, firstIndex);
                insert.setInt(2, entries.size());
                insert.setBytes(3, EncodedEntries.encode(entries));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long sequencedSize() {
        return inTransaction("read the sequenced size", PostgresLogStore::sequencedSize);
    }

    @Override
    public List<SequencedBatch> readSequenced(long fromIndex, int maxBatches) {
        return inTransaction("read sequenced entries from " + fromIndex, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT first_index, entries"
                    + " FROM log_sequenced WHERE first_index >= ? ORDER BY first_index LIMIT ?")) {
                select.setLong(1, fromIndex);
                select.setInt(2, maxBatches);
                List<SequencedBatch> batches = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        batches.add(new SequencedBatch(rows.getLong(1),
                                EntryBundle.decodeEntries(rows.getBytes(2), Integer.MAX_VALUE)));
                    }
                }
                return batches;
            }
        });
    }

    @Override
    public void integrate(IntegrationStep step) {
        inTransaction("integrate " + step.fromSize() + " -> " + step.toSize(), connection -> {
            try (PreparedStatement advance = connection.prepareStatement("UPDATE log_state SET integrated_size = ?"
                    + " WHERE id = 1 AND integrated_size = ? AND sequenced_size >= ?")) {
                advance.setLong(1, step.toSize());
                advance.setLong(2, step.fromSize());
                advance.setLong(3, step.toSize());
                if (advance.executeUpdate() != 1) {
                    throw new LogStoreException("integration step " + step.fromSize() + " -> " + step.toSize()
                            + " does not follow the stored integrated and sequenced sizes: another writer?");
                }
            }
            try (PreparedStatement tiles = connection.prepareStatement(UPSERT_TILE)) {
                for (IntegrationStep.Tile tile : step.tiles()) {
                    tiles.setShort(1, (short) tile.level());
                    tiles.setLong(2, tile.index());
                    tiles.setShort(3, (short) tile.width());
                    tiles.setBytes(4, tile.hashes());
                    tiles.addBatch();
                }
                tiles.executeBatch();
            }
            try (PreparedStatement bundles = connection.prepareStatement(UPSERT_BUNDLE)) {
                for (IntegrationStep.Bundle bundle : step.bundles()) {
                    bundles.setLong(1, bundle.index());
                    bundles.setShort(2, (short) bundle.width());
                    bundles.setBytes(3, bundle.encoded());
                    bundles.addBatch();
                }
                bundles.executeBatch();
            }
            try (PreparedStatement drop = connection.prepareStatement(
                    "DELETE FROM log_sequenced WHERE first_index + entry_count <= ?")) {
                drop.setLong(1, step.toSize());
                drop.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long integratedSize() {
        return inTransaction("read the integrated size", connection -> selectLong(connection,
                "SELECT integrated_size FROM log_state WHERE id = 1").orElseThrow());
    }

    @Override
    public Optional<byte[]> readTile(int level, long index) {
        return inTransaction("read tile " + level + "/" + index, connection -> selectBytes(connection,
                "SELECT hashes FROM log_tile WHERE level = ? AND idx = ?", level, index));
    }

    @Override
    public Optional<byte[]> readEntryBundle(long index) {
        return inTransaction("read entry bundle " + index, connection -> selectBytes(connection,
                "SELECT entries FROM log_entry_bundle WHERE idx = ?", index));
    }

    @Override
    public void writeCheckpoint(long treeSize, byte[] note) {
        inTransaction("write the checkpoint of size " + treeSize, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO log_checkpoint (tree_size, note)"
                    + " VALUES (?, ?) ON CONFLICT (tree_size) DO UPDATE SET note = EXCLUDED.note")) {
                upsert.setLong(1, treeSize);
                upsert.setBytes(2, note);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<byte[]> readLatestCheckpoint() {
        return inTransaction("read the latest checkpoint", connection -> selectBytes(connection,
                "SELECT note FROM log_checkpoint ORDER BY tree_size DESC LIMIT 1"));
    }

    @Override
    public List<byte[]> readCheckpoints() {
        return inTransaction("read the checkpoints", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT note FROM log_checkpoint ORDER BY tree_size");
                    ResultSet rows = select.executeQuery()) {
                List<byte[]> notes = new ArrayList<>();
                while (rows.next()) {
                    notes.add(rows.getBytes(1));
                }
                return notes;
            }
        });
    }

    @Override
    public void close() {
        // The DataSource belongs to the caller.
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LogStoreException("cannot " + what + " in PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static long sequencedSize(Connection connection) throws SQLException {
        return selectLong(connection, "SELECT sequenced_size FROM log_state WHERE id = 1").orElseThrow();
    }

    private static Optional<Long> selectLong(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }

    private static Optional<byte[]> selectBytes(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        }
    }
}
