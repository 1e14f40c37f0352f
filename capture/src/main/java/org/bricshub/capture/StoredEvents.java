package org.bricshub.capture;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.bricshub.ledger.audit.StoredRecords;
import org.bricshub.platform.db.Transaction;

/**
 * The captured events as the log audit sees them: for each event whose leaf is recorded, its leaf index and the log
 * entry recomputed from the event as it is stored now. An event altered in the database after capture recomputes to
 * another entry, and the audit names its leaf.
 */
public final class StoredEvents implements StoredRecords {
    private final DataSource dataSource;

    public StoredEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "EPCIS events";
    }

    @Override
    public void forEach(Sink sink) {
        Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select l.leaf_index, e.hash_id, e.event::text"
                    + " from capture_events e join capture_event_leaves l on l.seq = e.seq order by l.leaf_index")) {
                ps.setFetchSize(1_000); // streams inside the transaction instead of loading every event
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getLong(1),
                                LogEntry.of(rs.getString(2), StoredRow.canonical(rs.getString(3))).bytes());
                    }
                }
            }
            return null;
        });
    }
}
