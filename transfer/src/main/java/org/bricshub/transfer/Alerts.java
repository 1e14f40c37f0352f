package org.bricshub.transfer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.bricshub.i18n.Language;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.NotFoundException;

/**
 * Saved searches and alerts. When a listing is published, every saved search is run restricted to that one listing
 * (a cheap filtered query, in effect percolation) and its best matches are looked up; each hit raises an alert for
 * the organisation concerned, never for the listing's own organisation.
 */
final class Alerts {
    static final int MAX_SAVED_PER_ORG = 50;
    private static final int MATCH_ALERTS = 10;
    private final DataSource db;
    private final Clock clock;
    private final ListingIndex index;
    private final ListingSearch queries;
    private final ListingMatcher matcher;

    Alerts(DataSource db, Clock clock, ListingIndex index, ListingSearch queries, ListingMatcher matcher) {
        this.db = db;
        this.clock = clock;
        this.index = index;
        this.queries = queries;
        this.matcher = matcher;
    }

    SavedSearch save(Principal p, String name, String text, Language language, List<ListingType> types) {
        SavedSearch draft = new SavedSearch(0, p.orgId(), name, text, language, types, clock.instant());
        return Transaction.run(db, c -> {
            if (count(c, p.orgId()) >= MAX_SAVED_PER_ORG) {
                throw new ConflictException("an organisation keeps at most " + MAX_SAVED_PER_ORG + " saved searches");
            }
            try (PreparedStatement s = c.prepareStatement("insert into transfer_saved_searches (org_id, name, q, "
                    + "language, types, created_at) values (?, ?, ?, ?, ?, ?) returning id")) {
                s.setLong(1, p.orgId());
                s.setString(2, draft.name());
                s.setString(3, draft.text());
                s.setString(4, language.tag());
                s.setArray(5, c.createArrayOf("text", types.stream().map(ListingType::wireName).toArray()));
                s.setTimestamp(6, Timestamp.from(draft.createdAt()));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new SavedSearch(r.getLong(1), p.orgId(), name, text, language, types, draft.createdAt());
                }
            }
        });
    }

    List<SavedSearch> saved(Principal p) {
        return Transaction.run(db, c -> savedWhere(c, "where org_id = ? order by id", p.orgId()));
    }

    void delete(Principal p, long id) {
        Transaction.run(db, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "delete from transfer_saved_searches where id = ? and org_id = ?")) {
                s.setLong(1, id);
                s.setLong(2, p.orgId());
                if (s.executeUpdate() == 0) {
                    throw new NotFoundException("no saved search " + id + " of organisation " + p.orgId());
                }
            }
            return null;
        });
    }

    List<Alert> of(Principal p, int limit) {
        return Transaction.run(db, c -> {
            List<Alert> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select id, kind, listing_id, about_id, created_at from "
                    + "transfer_alerts where org_id = ? order by id desc limit ?")) {
                s.setLong(1, p.orgId());
                s.setInt(2, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Alert(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4),
                                r.getTimestamp(5).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** Raises the alerts for a listing that was just published and is in the index. */
    void onPublished(Listing listing) {
        List<long[]> raised = new ArrayList<>(); // {org, kind (0 search, 1 match), about}
        for (SavedSearch s : Transaction.run(db, c -> savedWhere(c, "where org_id <> ?", listing.orgId()))) {
            if (answers(s, listing.id())) {
                raised.add(new long[] {s.orgId(), 0, s.id()});
            }
        }
        List<Long> matched = matcher.matches(listing, MATCH_ALERTS).stream().map(Match::id).toList();
        Transaction.run(db, c -> {
            for (long[] owner : owners(c, matched)) {
                if (owner[0] != listing.orgId()) {
                    raised.add(new long[] {owner[0], 1, owner[1]});
                }
            }
            for (long[] a : raised) {
                insert(c, a[0], a[1] == 0 ? "search" : "match", listing.id(), a[2]);
            }
            return null;
        });
    }

    private boolean answers(SavedSearch s, long listingId) {
        BooleanQuery only = new BooleanQuery.Builder()
                .add(queries.build(s.query()).query(), Occur.MUST)
                .add(new TermQuery(new Term(ListingFields.ID, Long.toString(listingId))), Occur.FILTER)
                .build();
        return index.search(searcher -> searcher.count(only) > 0);
    }

    private static List<long[]> owners(Connection c, List<Long> listingIds) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select org_id, id from transfer_listings where id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", listingIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
        }
        return out;
    }

    private void insert(Connection c, long org, String kind, long listingId, long about) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into transfer_alerts (org_id, kind, listing_id, "
                + "about_id, created_at) values (?, ?, ?, ?, ?) on conflict do nothing")) {
            s.setLong(1, org);
            s.setString(2, kind);
            s.setLong(3, listingId);
            s.setLong(4, about);
            s.setTimestamp(5, Timestamp.from(clock.instant()));
            s.executeUpdate();
        }
    }

    private static int count(Connection c, long orgId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from transfer_saved_searches where org_id = ?")) {
            s.setLong(1, orgId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static List<SavedSearch> savedWhere(Connection c, String where, long orgId) throws SQLException {
        List<SavedSearch> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select id, org_id, name, q, language, types, created_at "
                + "from transfer_saved_searches " + where)) {
            s.setLong(1, orgId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Array types = r.getArray(6);
                    out.add(new SavedSearch(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                            Language.fromTag(r.getString(5)).orElseThrow(),
                            Arrays.stream((String[]) types.getArray()).map(t -> ListingType.parse("types", t)).toList(),
                            r.getTimestamp(7).toInstant()));
                }
            }
        }
        return out;
    }
}
