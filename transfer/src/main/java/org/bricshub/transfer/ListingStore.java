package org.bricshub.transfer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Language;

/** Listings in PostgreSQL; every change takes the next value of the {@code transfer_revision} sequence. */
final class ListingStore {
    private static final String COLUMNS = "id, org_id, type, status, language, trl, field, ipc, deal_types, patents, "
            + "ip_notes, price, country, institution, moderation_note, created_at, updated_at, published_at, "
            + "expires_at, revision";

    /** How many listings are published and the highest revision of any listing: what the index must agree with. */
    record Census(long published, long revision) {
    }

    long insert(Connection c, long orgId, ListingInput in, ListingStatus status, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into transfer_listings (org_id, type, status, language, "
                + "trl, field, ipc, deal_types, patents, ip_notes, price, country, institution, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            s.setLong(1, orgId);
            s.setString(2, in.type().wireName());
            s.setString(3, status.wireName());
            int i = bindFacts(c, s, 4, in);
            s.setTimestamp(i, Timestamp.from(now));
            s.setTimestamp(i + 1, Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                putText(c, id, in.language(), true, in.text(), null);
                return id;
            }
        }
    }

    /**
     * Replaces the facts and the original text; the type and original language may change too. Machine translations
     * translated the old text, so they go.
     */
    void update(Connection c, long id, ListingInput in, ListingStatus status, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update transfer_listings set type = ?, status = ?, language = ?, "
                + "trl = ?, field = ?, ipc = ?, deal_types = ?, patents = ?, ip_notes = ?, price = ?, country = ?, "
                + "institution = ?, updated_at = ?, revision = nextval('transfer_revision') where id = ?")) {
            s.setString(1, in.type().wireName());
            s.setString(2, status.wireName());
            int i = bindFacts(c, s, 3, in);
            s.setTimestamp(i, Timestamp.from(now));
            s.setLong(i + 1, id);
            s.executeUpdate();
        }
        execute(c, "update transfer_listing_texts set original = false where listing_id = ?", id);
        execute(c, "delete from transfer_listing_texts where listing_id = ? and engine is not null", id);
        putText(c, id, in.language(), true, in.text(), null);
    }

    /** Adds or replaces a version in another language; the owner's version replaces a machine translation too. */
    void putVersion(Connection c, long id, Language language, ListingText text, Instant now) throws SQLException {
        putText(c, id, language, false, text, null);
        touch(c, id, now);
    }

    /**
     * Stores a machine translation unless the owner wrote a version in that language; returns whether it was stored.
     */
    boolean putMachineVersion(Connection c, long id, Language language, ListingText text, String engine, Instant now)
            throws SQLException {
        boolean stored = putText(c, id, language, false, text, engine);
        if (stored) {
            touch(c, id, now);
        }
        return stored;
    }

    void setStatus(Connection c, long id, ListingStatus status, String note, Instant now, Instant publishedAt,
                   Instant expiresAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update transfer_listings set status = ?, moderation_note = ?, "
                + "published_at = coalesce(?, published_at), expires_at = coalesce(?, expires_at), updated_at = ?, "
                + "revision = nextval('transfer_revision') where id = ?")) {
            s.setString(1, status.wireName());
            s.setString(2, note);
            s.setTimestamp(3, publishedAt == null ? null : Timestamp.from(publishedAt));
            s.setTimestamp(4, expiresAt == null ? null : Timestamp.from(expiresAt));
            s.setTimestamp(5, Timestamp.from(now));
            s.setLong(6, id);
            s.executeUpdate();
        }
    }

    Optional<Listing> find(Connection c, long id) throws SQLException {
        List<Listing> found = select(c, "where id = ?", id);
        return found.stream().findFirst();
    }

    List<Listing> byOrg(Connection c, long orgId) throws SQLException {
        return select(c, "where org_id = ? order by id desc limit 1000", orgId);
    }

    List<Listing> byStatus(Connection c, ListingStatus status, int limit) throws SQLException {
        return select(c, "where status = '" + status.wireName() + "' order by updated_at limit ?", limit);
    }

    /** Published listings with ids above {@code afterId}, in id order: the rebuild reads the table in pages. */
    List<Listing> publishedAfter(Connection c, long afterId, int limit) throws SQLException {
        return select(c, "where status = 'published' and id > ? order by id limit " + limit, afterId);
    }

    /** Listings with ids above {@code afterId} that carry a version their owner wrote besides the original. */
    List<Listing> withOwnerVersionsAfter(Connection c, long afterId, int limit) throws SQLException {
        return select(c, "where id > ? and exists (select 1 from transfer_listing_texts t where t.listing_id = "
                + "transfer_listings.id and not t.original and t.engine is null) order by id limit " + limit, afterId);
    }

    /** Published listings whose expiry has passed. */
    List<Long> dueToExpire(Connection c, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select id from transfer_listings where status = 'published' and expires_at <= ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    Census census(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) filter (where status = 'published'), "
                + "coalesce(max(revision), 0) from transfer_listings"); ResultSet r = s.executeQuery()) {
            r.next();
            return new Census(r.getLong(1), r.getLong(2));
        }
    }

    private static int bindFacts(Connection c, PreparedStatement s, int i, ListingInput in) throws SQLException {
        s.setString(i++, in.language().tag());
        s.setInt(i++, in.trl());
        s.setString(i++, in.field().wireName());
        s.setArray(i++, textArray(c, in.ipc()));
        s.setArray(i++, textArray(c, in.dealTypes().stream().map(DealType::wireName).toList()));
        s.setArray(i++, textArray(c, in.patents()));
        s.setString(i++, in.ipNotes());
        s.setString(i++, in.price());
        s.setString(i++, in.country());
        s.setString(i++, in.institution());
        return i;
    }

    /** Writes a version; a machine one ({@code engine} not null) never replaces one the owner wrote. */
    private static boolean putText(Connection c, long id, Language language, boolean original, ListingText t,
                                   String engine) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into transfer_listing_texts (listing_id, language, "
                + "original, title, summary, problem, innovation, advantages, applications, keywords, engine) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (listing_id, language) do update set "
                + "original = excluded.original, title = excluded.title, summary = excluded.summary, "
                + "problem = excluded.problem, innovation = excluded.innovation, advantages = excluded.advantages, "
                + "applications = excluded.applications, keywords = excluded.keywords, engine = excluded.engine"
                + (engine == null ? "" : " where transfer_listing_texts.engine is not null"))) {
            s.setLong(1, id);
            s.setString(2, language.tag());
            s.setBoolean(3, original);
            s.setString(4, t.title());
            s.setString(5, t.summary());
            s.setString(6, t.problem());
            s.setString(7, t.innovation());
            s.setString(8, t.advantages());
            s.setString(9, t.applications());
            s.setArray(10, textArray(c, t.keywords()));
            s.setString(11, engine);
            return s.executeUpdate() == 1;
        }
    }

    private static void touch(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update transfer_listings set updated_at = ?, "
                + "revision = nextval('transfer_revision') where id = ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private static Array textArray(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private List<Listing> select(Connection c, String where, long param) throws SQLException {
        Map<Long, ListingRows.Row> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from transfer_listings " + where)) {
            s.setLong(1, param);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getLong("id"), ListingRows.facts(r));
                }
            }
        }
        return ListingRows.withTexts(c, rows);
    }
}
