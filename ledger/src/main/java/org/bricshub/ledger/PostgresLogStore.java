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
import org.bricshub.merkle.Tiles;

/**
 * {@link LogStore} in PostgreSQL ({@code log_*} tables). Each write is one transaction that first updates its row of
 * {@code log_size} conditionally, which serialises writers and refuses a second one; sequencing and integration
 * update different rows, so they never wait for each other.
 * Sequencing a batch inserts its full bundles in one JDBC batch and extends the partial bundle in place
 * ({@code entries || new}), so each entry's bytes are written once.
 */
final class PostgresLogStore implements LogStore {

    private static final String UPSERT_TILE = """
            INSERT INTO log_tile (level, idx, width, hashes) VALUES (?, ?, ?, ?)
            ON CONFLICT (level, idx) DO UPDATE SET width = EXCLUDED.width, hashes = EXCLUDED.hashes
            WHERE log_tile.width < EXCLUDED.width""";

    private final DataSource dataSource;

    PostgresLogStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void sequence(long firstIndex, List<byte[]> entries) {
        inTransaction("sequence " + entries.size() + " entries at " + firstIndex, connection -> {
            try (PreparedStatement advance = connection.prepareStatement(
                    "UPDATE log_size SET size = ? WHERE name = 'sequenced' AND size = ?")) {
                advance.setLong(1, firstIndex + entries.size());
                advance.setLong(2, firstIndex);
                if (advance.executeUpdate() != 1) {
                    throw new LogStoreException("sequencing at " + firstIndex + " but the log has "
                            + sequencedSize(connection) + " sequenced entries: another writer?");
                }
            }
            int offset = (int) (firstIndex % Tiles.WIDTH);
            int taken = 0;
            if (offset > 0) {
                // The partial bundle grows in place; its entries so far stay as they are.
                taken = Math.min(Tiles.WIDTH - offset, entries.size());
                try (PreparedStatement extend = connection.prepareStatement("UPDATE log_entry_bundle"
                        + " SET entries = entries || ?, width = width + ? WHERE idx = ? AND width = ?")) {
                    extend.setBytes(1, EntryBundle.encodeEntries(entries.subList(0, taken)));
                    extend.setShort(2, (short) taken);
                    extend.setLong(3, firstIndex / Tiles.WIDTH);
                    extend.setShort(4, (short) offset);
                    if (extend.executeUpdate() != 1) {
                        throw new LogStoreException("entry bundle " + firstIndex / Tiles.WIDTH + " does not have "
                                + offset + " entries as the sequenced size says");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO log_entry_bundle (idx, width, entries) VALUES (?, ?, ?)")) {
                for (int at = taken; at < entries.size(); at += Tiles.WIDTH) {
                    List<byte[]> bundle = entries.subList(at, Math.min(at + Tiles.WIDTH, entries.size()));
                    insert.setLong(1, (firstIndex + at) / Tiles.WIDTH);
                    insert.setShort(2, (short) bundle.size());
                    insert.setBytes(3, EntryBundle.encodeEntries(bundle));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public long sequencedSize() {
        return inTransaction("read the sequenced size", PostgresLogStore::sequencedSize);
    }

    @Override
    public List<byte[]> readEntries(long fromIndex, int maxEntries) {
        return inTransaction("read entries from " + fromIndex, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT idx, entries FROM log_entry_bundle"
                    + " WHERE idx >= ? AND idx <= ? ORDER BY idx")) {
                select.setLong(1, fromIndex / Tiles.WIDTH);
                select.setLong(2, (fromIndex + maxEntries - 1) / Tiles.WIDTH);
                List<byte[]> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next() && entries.size() < maxEntries) {
                        List<byte[]> bundle = EntryBundle.decodeEntries(rows.getBytes(2), Tiles.WIDTH);
                        int skip = (int) Math.max(0, fromIndex - rows.getLong(1) * Tiles.WIDTH);
                        if (skip < bundle.size()) {
                            int end = Math.min(bundle.size(), skip + maxEntries - entries.size());
                            entries.addAll(bundle.subList(skip, end));
                        }
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public void integrate(IntegrationStep step) {
        inTransaction("integrate " + step.fromSize() + " -> " + step.toSize(), connection -> {
            try (PreparedStatement advance = connection.prepareStatement("UPDATE log_size SET size = ?"
                    + " WHERE name = 'integrated' AND size = ?"
                    + " AND ? <= (SELECT size FROM log_size WHERE name = 'sequenced')")) {
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
            return null;
        });
    }

    @Override
    public long integratedSize() {
        return inTransaction("read the integrated size", connection -> selectLong(connection,
                "SELECT size FROM log_size WHERE name = 'integrated'").orElseThrow());
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
        return selectLong(connection, "SELECT size FROM log_size WHERE name = 'sequenced'").orElseThrow();
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
