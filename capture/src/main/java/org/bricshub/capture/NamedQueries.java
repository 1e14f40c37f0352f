package org.bricshub.capture;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Transaction;

/**
 * The named queries of each organisation (REST binding {@code /queries}): a view on the events the organisation may
 * see. Deleting one ends its subscriptions (the database cascades; {@link Subscriptions} closes open WebSockets).
 * Thread-safe.
 */
public final class NamedQueries {
    private final DataSource dataSource;
    private final Clock clock;

    public NamedQueries(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Stores a named query for the caller's organisation.
     *
     * @param query the query object as JSON text; parsed now, so a bad one is refused before it is stored
     * @throws org.bricshub.epcis.query.QueryParameterException when the query has unknown or malformed parameters
     * @throws ResourceAlreadyExistsException when the organisation has a query of that name
     */
    public NamedQuery create(Principal caller, String name, String query) {
        NamedQuery created = new NamedQuery(name, query, Instant.now(clock));
        created.eventQuery();
        boolean inserted = Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into capture_named_queries (org_id, name, query, "
                    + "created_at) values (?, ?, ?::jsonb, ?) on conflict do nothing")) {
                ps.setLong(1, caller.orgId());
                ps.setString(2, name);
                ps.setString(3, query);
                ps.setObject(4, OffsetDateTime.ofInstant(created.createdAt(), ZoneOffset.UTC));
                return ps.executeUpdate() == 1;
            }
        });
        if (!inserted) {
            throw new ResourceAlreadyExistsException("your organisation has a query named '" + name + "' already");
        }
        return created;
    }

    /** The organisation's named queries, by name. */
    public List<NamedQuery> list(Principal caller) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select name, query::text, created_at from "
                    + "capture_named_queries where org_id = ? order by name")) {
                ps.setLong(1, caller.orgId());
                List<NamedQuery> queries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        queries.add(row(rs));
                    }
                }
                return queries;
            }
        });
    }

    /** @throws NoSuchNameException when the organisation has no query of that name */
    public NamedQuery get(Principal caller, String name) {
        return find(caller.orgId(), name).orElseThrow(() -> noSuchQuery(name));
    }

    Optional<NamedQuery> find(long orgId, String name) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select name, query::text, created_at from "
                    + "capture_named_queries where org_id = ? and name = ?")) {
                ps.setLong(1, orgId);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Removes the query and its webhook subscriptions. @throws NoSuchNameException when there is none */
    public void delete(Principal caller, String name) {
        int deleted = Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from capture_named_queries where org_id = ? and name = ?")) {
                ps.setLong(1, caller.orgId());
                ps.setString(2, name);
                return ps.executeUpdate();
            }
        });
        if (deleted == 0) {
            throw noSuchQuery(name);
        }
    }

    static NoSuchNameException noSuchQuery(String name) {
        return new NoSuchNameException("your organisation has no query named '" + name + "'");
    }

    private static NamedQuery row(ResultSet rs) throws SQLException {
        return new NamedQuery(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant());
    }
}
