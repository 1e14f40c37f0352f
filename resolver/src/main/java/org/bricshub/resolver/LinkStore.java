package org.bricshub.resolver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SQL of the link registry. Lists (hreflang, context) are stored space-separated: their values hold no spaces. */
final class LinkStore {
    private static final String COLUMNS = "id, anchor, org_id, link_type, href, title, hreflang, context, media_type, "
            + "is_default, created_at";

    /** @return the new link, or empty when the same link is already registered */
    Optional<Link> insert(Connection c, String keyPath, Link link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into resolver_links (key_path, anchor, org_id, link_type, href, title, hreflang, context,
                                            media_type, is_default, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, keyPath);
            ps.setString(2, link.anchor());
            ps.setLong(3, link.orgId());
            ps.setString(4, link.linkType().term());
            ps.setString(5, link.href());
            ps.setString(6, link.title());
            ps.setString(7, String.join(" ", link.hreflang()));
            ps.setString(8, String.join(" ", link.context()));
            ps.setString(9, link.type().orElse(""));
            ps.setBoolean(10, link.isDefault());
            ps.setTimestamp(11, Timestamp.from(link.createdAt()));
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                return Optional.of(new Link(id, link.anchor(), link.orgId(), link.linkType(), link.href(), link.title(),
                        link.hreflang(), link.context(), link.type(), link.isDefault(), link.createdAt()));
            }
        }
    }

    /** Every link of one primary key, at every level, oldest first. */
    List<Link> ofKey(Connection c, String keyPath) throws SQLException {
        return query(c, "select " + COLUMNS + " from resolver_links where key_path = ? order by id", keyPath);
    }

    /** The links at {@code anchor} and at every level below it, oldest first. */
    List<Link> atAndBelow(Connection c, String keyPath, String anchor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from resolver_links "
                + "where key_path = ? and (anchor = ? or starts_with(anchor, ?)) order by id")) {
            ps.setString(1, keyPath);
            ps.setString(2, anchor);
            ps.setString(3, anchor + "/");
            return read(ps);
        }
    }

    Optional<Link> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from resolver_links where id = ?")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    /** The key path of a link deleted, or empty if there was none. */
    Optional<String> delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from resolver_links where id = ? returning key_path")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static List<Link> query(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            return read(ps);
        }
    }

    private static List<Link> read(PreparedStatement ps) throws SQLException {
        List<Link> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString("media_type");
                out.add(new Link(rs.getLong("id"), rs.getString("anchor"), rs.getLong("org_id"),
                        new LinkType(rs.getString("link_type")), rs.getString("href"), rs.getString("title"),
                        words(rs.getString("hreflang")), words(rs.getString("context")),
                        type.isEmpty() ? Optional.empty() : Optional.of(type), rs.getBoolean("is_default"),
                        rs.getTimestamp("created_at").toInstant()));
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }
}
