package org.bricshub.platform.org;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ConflictException;

/** Organisations and their GS1 company prefixes in PostgreSQL. */
public final class OrganisationStore {
    private static final String SELECT = """
            select o.id, o.name, o.country, o.kind, o.created_at,
                   coalesce(array_agg(p.prefix order by p.prefix) filter (where p.prefix is not null), '{}')
            from organisations o left join organisation_prefixes p on p.org_id = o.id
            """;

    private final DataSource dataSource;

    public OrganisationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the organisation inside the caller's transaction. @throws ConflictException if a prefix is taken */
    public Organisation create(Connection c, NewOrganisation org, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into organisations (name, country, kind, created_at) values (?, ?, ?, ?) returning id")) {
            ps.setString(1, org.name());
            ps.setString(2, org.country());
            ps.setString(3, org.kind().wireName());
            ps.setTimestamp(4, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        claim(c, id, org.prefixes());
        return new Organisation(id, org.name(), org.country(), org.kind(), org.prefixes(), now);
    }

    /**
     * Gives organisation {@code orgId} the prefixes inside the caller's transaction.
     *
     * @throws ConflictException if a prefix overlaps one already held (either starts with the other)
     */
    public void claim(Connection c, long orgId, List<String> prefixes) throws SQLException {
        lockPrefixes(c);
        for (String prefix : prefixes) {
            List<String> overlapping = overlapping(c, prefix);
            if (!overlapping.isEmpty()) {
                throw new ConflictException("GS1 company prefix " + prefix + " overlaps prefix " + overlapping.get(0)
                        + " of another organisation");
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into organisation_prefixes (prefix, org_id) values (?, ?)")) {
            for (String prefix : prefixes) {
                ps.setString(1, prefix);
                ps.setLong(2, orgId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Serialises prefix claims so that two overlapping prefixes can never both pass the overlap check. */
    public void lockPrefixes(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtext('gs1-prefixes'))")) {
            lock.execute();
        }
    }

    /** The prefixes held that overlap {@code prefix}: inside it, or containing it. */
    public List<String> overlapping(Connection c, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select prefix from organisation_prefixes"
                + " where ? like prefix || '%' or prefix like ? || '%' order by prefix")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix);
            List<String> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    /**
     * The organisation owning the longest registered GS1 company prefix that {@code digits} (a key's prefix-bearing
     * digits) start with, inside the caller's transaction: "whose key is this?".
     */
    public static Optional<Long> prefixOwner(Connection c, String digits) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select org_id from organisation_prefixes where ? like prefix || '%' order by length(prefix) desc limit 1")) {
            ps.setString(1, digits);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public Optional<Organisation> find(long id) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " where o.id = ? group by o.id")) {
                ps.setLong(1, id);
                List<Organisation> found = read(ps);
                return found.stream().findFirst();
            }
        });
    }

    public List<Organisation> list() {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " group by o.id order by o.id")) {
                return read(ps);
            }
        });
    }

    /** The first organisation of the given kind, oldest first. */
    public Optional<Organisation> firstOfKind(Connection c, OrganisationKind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " where o.kind = ? group by o.id order by o.id limit 1")) {
            ps.setString(1, kind.wireName());
            return read(ps).stream().findFirst();
        }
    }

    private static List<Organisation> read(PreparedStatement ps) throws SQLException {
        List<Organisation> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Array prefixes = rs.getArray(6);
                result.add(new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        OrganisationKind.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)),
                        Arrays.asList((String[]) prefixes.getArray()), rs.getTimestamp(5).toInstant()));
            }
        }
        return result;
    }
}
