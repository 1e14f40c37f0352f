package org.bricshub.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bricshub.platform.access.Principal;
import org.bricshub.platform.audit.AuditLog;
import org.bricshub.platform.db.Transaction;
import org.bricshub.platform.problem.ConflictException;
import org.bricshub.platform.problem.ForbiddenException;
import org.bricshub.platform.problem.NotFoundException;

/** Expressions of interest: sent to a published listing's owner, anonymous on both sides until the owner accepts. */
final class Interests {
    private static final String SELECT = "select i.id, i.listing_id, t.title, i.deal_type, i.message, i.status, "
            + "i.created_at, o.kind, o.country, o.id as party_id, o.name from transfer_interests i "
            + "join transfer_listings l on l.id = i.listing_id "
            + "join transfer_listing_texts t on t.listing_id = l.id and t.original "
            + "join organisations o on o.id = ";
    private final DataSource db;
    private final Clock clock;
    private final ListingStore listings;
    private final AuditLog audit;

    Interests(DataSource db, Clock clock, ListingStore listings, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.listings = listings;
        this.audit = audit;
    }

    Interest express(Principal p, long listingId, DealType dealType, String message) {
        TransferAccess.requireWriter(p);
        String text = ListingText.required("message", message, 2_000);
        long id = Transaction.run(db, c -> {
            Listing l = listings.find(c, listingId).filter(x -> x.status() == ListingStatus.PUBLISHED)
                    .orElseThrow(() -> new NotFoundException("no published listing " + listingId));
            if (l.orgId() == p.orgId()) {
                throw new ConflictException("listing " + listingId + " is your organisation's own");
            }
            try (PreparedStatement s = c.prepareStatement("insert into transfer_interests (listing_id, from_org_id, "
                    + "deal_type, message, status, created_at) values (?, ?, ?, ?, 'pending', ?) "
                    + "on conflict (listing_id, from_org_id) do nothing returning id")) {
                s.setLong(1, listingId);
                s.setLong(2, p.orgId());
                s.setString(3, dealType.wireName());
                s.setString(4, text);
                s.setTimestamp(5, Timestamp.from(clock.instant()));
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new ConflictException("your organisation already expressed interest in listing "
                                + listingId);
                    }
                    long created = r.getLong(1);
                    audit.record(c, clock.instant(), p.keyId(), p.orgId(), "transfer.interest.express",
                            "transfer-interest/" + created, Map.of("listing", listingId));
                    return created;
                }
            }
        });
        return sent(p).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    /** Interests in the caller's organisation's listings; the senders are anonymous until accepted. */
    List<Interest> received(Principal p) {
        return query(SELECT + "i.from_org_id where l.org_id = ? order by i.id desc limit 500", p.orgId());
    }

    /** Interests the caller's organisation sent; the owners are anonymous until they accept. */
    List<Interest> sent(Principal p) {
        return query(SELECT + "l.org_id where i.from_org_id = ? order by i.id desc limit 500", p.orgId());
    }

    Interest decide(Principal p, long interestId, boolean accept) {
        TransferAccess.requireWriter(p);
        Transaction.run(db, c -> {
            try (PreparedStatement s = c.prepareStatement("select l.org_id, i.status from transfer_interests i "
                    + "join transfer_listings l on l.id = i.listing_id where i.id = ? for update")) {
                s.setLong(1, interestId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new NotFoundException("no interest " + interestId);
                    }
                    if (r.getLong(1) != p.orgId()) {
                        throw new ForbiddenException("interest " + interestId + " is addressed to another organisation");
                    }
                    if (!r.getString(2).equals("pending")) {
                        throw new ConflictException("interest " + interestId + " is already " + r.getString(2));
                    }
                }
            }
            update(c, interestId, accept ? "accepted" : "declined");
            audit.record(c, clock.instant(), p.keyId(), p.orgId(), "transfer.interest." + (accept ? "accept" : "decline"),
                    "transfer-interest/" + interestId, Map.of());
            return null;
        });
        return received(p).stream().filter(i -> i.id() == interestId).findFirst().orElseThrow();
    }

    private void update(Connection c, long id, String status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update transfer_interests set status = ?, decided_at = ? where id = ?")) {
            s.setString(1, status);
            s.setTimestamp(2, Timestamp.from(clock.instant()));
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    private List<Interest> query(String sql, long orgId) {
        return Transaction.run(db, c -> {
            List<Interest> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, orgId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        boolean revealed = r.getString("status").equals("accepted");
                        out.add(new Interest(r.getLong("id"), r.getLong("listing_id"), r.getString("title"),
                                DealType.parse("dealType", r.getString("deal_type")), r.getString("message"),
                                r.getString("status"), r.getTimestamp("created_at").toInstant(),
                                new Interest.Party(r.getString("kind"), r.getString("country").strip(),
                                        revealed ? Optional.of(r.getLong("party_id")) : Optional.empty(),
                                        revealed ? Optional.of(r.getString("name")) : Optional.empty())));
                    }
                }
            }
            return out;
        });
    }
}
