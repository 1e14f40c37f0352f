package org.bricshub.web.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bricshub.transfer.DealType;
import org.bricshub.transfer.Listing;
import org.bricshub.transfer.ListingInput;
import org.bricshub.transfer.ListingText;

/**
 * The wire form of a listing: its facts, state, original title and summary, every version by language tag, and which
 * versions a machine translated (language tag → engine).
 */
record ListingJson(long id, long orgId, String type, String status, String language, String title, String summary,
                   int trl, String field, List<String> ipc, List<String> dealTypes, List<String> patents,
                   String ipNotes, String price, String country, String institution, Map<String, ListingText> versions,
                   Map<String, String> machineTranslated, String moderationNote, Instant createdAt, Instant updatedAt, Instant publishedAt,
                   Instant expiresAt) {
    static ListingJson of(Listing l) {
        ListingInput f = l.facts();
        Map<String, ListingText> versions = new TreeMap<>();
        l.versions().forEach((lang, text) -> versions.put(lang.tag(), text));
        Map<String, String> machine = new TreeMap<>();
        l.machine().forEach((lang, engine) -> machine.put(lang.tag(), engine));
        return new ListingJson(l.id(), l.orgId(), f.type().wireName(), l.status().wireName(), f.language().tag(),
                l.original().title(), l.original().summary(), f.trl(), f.field().wireName(), f.ipc(),
                f.dealTypes().stream().map(DealType::wireName).toList(), f.patents(), f.ipNotes(), f.price(),
                f.country(), f.institution(), versions, machine, l.moderationNote(), l.createdAt(), l.updatedAt(),
                l.publishedAt().orElse(null), l.expiresAt().orElse(null));
    }
}
