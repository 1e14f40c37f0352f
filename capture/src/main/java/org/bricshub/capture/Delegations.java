package org.bricshub.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * Which GS1 company prefixes an organisation may capture events about: its own ({@code organisation_prefixes}) and
 * those whose owner delegated capture to it ({@code capture_delegations}, audited).
 */
public final class Delegations {
    private final DataSource dataSource;
    private final AuditLog audit;
    private final Clock clock;

    public Delegations(DataSource dataSource, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Lets organisation {@code toOrgId} capture events about objects under {@code prefix}. Only an admin of the
     * organisation owning the prefix may delegate it.
     *
     * @throws NotFoundException when the prefix or the organisation is unknown
     * @throws ForbiddenException when the caller is not an admin of the prefix owner
     */
    public void delegate(Principal caller, String prefix, long toOrgId) {
        if (prefix == null || !prefix.matches("[0-9]{4,12}")) {
            throw new InvalidInputException("prefix", "a GS1 company prefix of 4 to 12 digits");
        }
        Transaction.run(dataSource, c -> {
            long owner = ownerOf(c, prefix);
            caller.requireAdminOf(owner);
            try (PreparedStatement org = c.prepareStatement("select 1 from organisations where id = ?")) {
                org.setLong(1, toOrgId);
                try (ResultSet rs = org.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("no organisation " + toOrgId);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into capture_delegations (prefix, to_org_id, "
                    + "created_at, created_by) values (?, ?, ?, ?) on conflict do nothing")) {
                ps.setString(1, prefix);
                ps.setLong(2, toOrgId);
                ps.setObject(3, java.time.OffsetDateTime.now(clock));
                ps.setLong(4, caller.keyId());
                ps.executeUpdate();
            }
            audit.record(c, clock.instant(), caller.keyId(), caller.orgId(), "capture.delegate", "prefix:" + prefix,
                    Map.of("to", toOrgId));
            return null;
        });
    }

    private static long ownerOf(Connection c, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select org_id from organisation_prefixes where prefix = ?")) {
            ps.setString(1, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("no organisation holds the prefix " + prefix);
                }
                return rs.getLong(1);
            }
        }
    }

    /** The prefixes the organisation owns or was delegated. */
    public Set<String> prefixesOf(long orgId) {
        return Transaction.run(dataSource, c -> {
            Set<String> prefixes = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select prefix from organisation_prefixes where org_id = ? "
                    + "union select prefix from capture_delegations where to_org_id = ?")) {
                ps.setLong(1, orgId);
                ps.setLong(2, orgId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        prefixes.add(rs.getString(1));
                    }
                }
            }
            return prefixes;
        });
    }
}
