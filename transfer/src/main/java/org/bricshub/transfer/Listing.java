package org.bricshub.transfer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bricshub.i18n.Language;

/**
 * A stored listing: its facts, its life-cycle state and its text in the original language plus any other versions.
 *
 * @param versions   the text by language; always holds {@code facts.language()}, the original
 * @param machine    the versions that a translation engine made, by language, with the engine's name; the others were
 *                   written by the owner
 * @param revision   increases with every change; the search index records the highest it holds
 */
public record Listing(long id, long orgId, ListingStatus status, ListingInput facts, Map<Language, ListingText> versions,
                      Map<Language, String> machine, String moderationNote, Instant createdAt, Instant updatedAt,
                      Optional<Instant> publishedAt, Optional<Instant> expiresAt, long revision) {
    public Listing {
        versions = Map.copyOf(new TreeMap<>(versions));
        machine = Map.copyOf(machine);
        if (!versions.containsKey(facts.language())) {
            throw new IllegalArgumentException("listing " + id + " lacks its original version " + facts.language());
        }
        if (!versions.keySet().containsAll(machine.keySet()) || machine.containsKey(facts.language())) {
            throw new IllegalArgumentException("listing " + id + ": machine versions must be versions, not the original");
        }
    }

    /** Whether the version in {@code language} was machine-translated rather than written by the owner. */
    public boolean isMachineTranslated(Language language) {
        return machine.containsKey(language);
    }

    /** The text in the original language. */
    public ListingText original() {
        return versions.get(facts.language());
    }

    /** The text in {@code language} when a version exists, else the original. */
    public ListingText textIn(Language language) {
        return versions.getOrDefault(language, original());
    }
}
