package org.bricshub.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.db.Transaction;

/**
 * The audit trail of administrative changes. Entries are written in the same transaction as the change they
 * record, so a change without its entry (or the reverse) cannot exist.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DataSource dataSource;

    public AuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param actorKeyId the key that made the change, or null for the server itself (first-start bootstrap)
     * @param detail     what changed, never secrets
     */
    public void record(Connection c, Instant at, Long actorKeyId, Long actorOrgId, String action, String target,
                       Map<String, ?> detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into audit_log (at, actor_key_id, actor_org_id, action, target, detail)
                values (?, ?, ?, ?, ?, ?::jsonb)""")) {
            ps.setTimestamp(1, Timestamp.from(at));
            setNullable(ps, 2, actorKeyId);
            setNullable(ps, 3, actorOrgId);
            ps.setString(4, action);
            ps.setString(5, target);
            ps.setString(6, JSON.writeValueAsString(detail));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail is not serialisable: " + e.getMessage(), e);
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> latest(int limit) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, at, actor_key_id, actor_org_id, action,"
                    + " target, detail::text from audit_log order by id desc limit ?")) {
                ps.setInt(1, limit);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                                Optional.ofNullable(rs.getObject(3, Long.class)),
                                Optional.ofNullable(rs.getObject(4, Long.class)),
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
                return entries;
            }
        });
    }

    private static void setNullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
