package org.bricshub.platform.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bricshub.platform.org.OrganisationKind;

/** API keys in PostgreSQL, found by the hash of their secret. */
final class ApiKeyStore {
    private static final String COLUMNS = "k.id, k.org_id, k.role, k.created_at, k.expires_at, k.revoked_at";

    /** A key with the kind of its organisation, as authentication needs both. */
    record Found(ApiKey key, OrganisationKind orgKind) {
    }

    /** Creates a key with a fresh secret; the secret leaves this method only inside the returned value. */
    IssuedKey issue(Connection c, long orgId, Role role, Long createdBy, Instant now, Instant expiresAt)
            throws SQLException {
        String secret = ApiKeySecret.generate();
        byte[] hash = ApiKeySecret.hash(secret);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into api_keys (org_id, role, key_hash, created_at, created_by, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")) {
            ps.setLong(1, orgId);
            ps.setString(2, role.wireName());
            ps.setBytes(3, hash);
            ps.setTimestamp(4, Timestamp.from(now));
            if (createdBy == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, createdBy);
            }
            ps.setTimestamp(6, expiresAt == null ? null : Timestamp.from(expiresAt));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ApiKey key = new ApiKey(rs.getLong(1), orgId, role, now, Optional.ofNullable(expiresAt), Optional.empty());
                return new IssuedKey(key, secret);
            }
        }
    }

    Optional<Found> findByHash(Connection c, byte[] hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + ", o.kind from api_keys k"
                + " join organisations o on o.id = k.org_id where k.key_hash = ?")) {
            ps.setBytes(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                OrganisationKind kind = OrganisationKind.valueOf(rs.getString(7).toUpperCase(Locale.ROOT));
                return Optional.of(new Found(read(rs), kind));
            }
        }
    }

    Optional<ApiKey> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from api_keys k where k.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    List<ApiKey> listForOrg(Connection c, long orgId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select " + COLUMNS + " from api_keys k where k.org_id = ? order by k.id")) {
            ps.setLong(1, orgId);
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(read(rs));
                }
            }
            return keys;
        }
    }

    /** Marks the key revoked; revoking twice keeps the first time. */
    void revoke(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update api_keys set revoked_at = coalesce(revoked_at, ?) where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static ApiKey read(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getLong(1), rs.getLong(2), Role.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)));
    }

    private static Optional<Instant> instant(Timestamp t) {
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }
}
