package org.bricshub.transfer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bricshub.i18n.Language;

/** Reads listing rows and their texts back into {@link Listing} values. */
final class ListingRows {
    private ListingRows() {
    }

    record Row(long id, long orgId, String type, ListingStatus status, Language language, int trl, String field,
               List<String> ipc, List<String> dealTypes, List<String> patents, String ipNotes, String price,
               String country, String institution, String note, Instant createdAt, Instant updatedAt,
               Instant publishedAt, Instant expiresAt, long revision) {
    }

    static Row facts(ResultSet r) throws SQLException {
        return new Row(r.getLong("id"), r.getLong("org_id"), r.getString("type"),
                ListingStatus.fromWire(r.getString("status")), language(r.getString("language")), r.getInt("trl"),
                r.getString("field"), strings(r.getArray("ipc")), strings(r.getArray("deal_types")),
                strings(r.getArray("patents")), r.getString("ip_notes"), r.getString("price"), r.getString("country"),
                r.getString("institution"), r.getString("moderation_note"), instant(r.getTimestamp("created_at")),
                instant(r.getTimestamp("updated_at")), instant(r.getTimestamp("published_at")),
                instant(r.getTimestamp("expires_at")), r.getLong("revision"));
    }

    static List<Listing> withTexts(Connection c, Map<Long, Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Language, ListingText>> texts = new HashMap<>();
        Map<Long, Map<Language, String>> engines = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select listing_id, language, title, summary, problem, "
                + "innovation, advantages, applications, keywords, engine from transfer_listing_texts "
                + "where listing_id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", rows.keySet().toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    texts.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(language(r.getString(2)),
                            new ListingText(r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                                    r.getString(7), r.getString(8), strings(r.getArray(9))));
                    if (r.getString(10) != null) {
                        engines.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(language(r.getString(2)),
                                r.getString(10));
                    }
                }
            }
        }
        List<Listing> listings = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            Map<Language, ListingText> versions = texts.getOrDefault(row.id(), Map.of());
            ListingInput facts = new ListingInput(ListingType.parse("type", row.type()), row.language(), row.trl(),
                    TechnologyField.parse("field", row.field()), row.ipc(),
                    row.dealTypes().stream().map(d -> DealType.parse("dealTypes", d)).toList(), row.patents(),
                    row.ipNotes(), row.price(), row.country(), row.institution(), versions.get(row.language()));
            listings.add(new Listing(row.id(), row.orgId(), row.status(), facts, versions,
                    engines.getOrDefault(row.id(), Map.of()), row.note(),
                    row.createdAt(), row.updatedAt(), Optional.ofNullable(row.publishedAt()),
                    Optional.ofNullable(row.expiresAt()), row.revision()));
        }
        return listings;
    }

    private static Language language(String tag) {
        return Language.fromTag(tag).orElseThrow(() -> new IllegalStateException("unknown language in store: " + tag));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
