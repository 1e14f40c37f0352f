package org.bricshub.journey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bricshub.gs1.AiElement;
import org.bricshub.gs1.CompanyPrefixes;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.EpcUrn;
import org.bricshub.gs1.Gs1Exception;

/**
 * The spellings under which events may name one identifier. capture_event_values keeps identifiers as written, and
 * EPCIS lets a capture write a GS1 key as an EPC URN (GS1 EPC TDS 2.1 §6, whose company-prefix length is not in the
 * key: every length 6..12 is tried) or as a GS1 Digital Link (on id.gs1.org or a brand's own domain: the canonical
 * stem and the stem the scan came on are tried). Look-ups then stay index look-ups on {@code value = any(?)}.
 */
final class Identifiers {
    private static final int MIN_PREFIX = 6;
    private static final int MAX_PREFIX = 12;

    private Identifiers() {}

    /** The spellings of the scanned item itself: serial level, with and without its lot in the path. */
    static Set<String> ofItem(DigitalLink item, String scanStem) {
        Set<String> out = new LinkedHashSet<>();
        List<AiElement> withoutLot = item.qualifiers().stream().filter(q -> !q.ai().equals("10")).toList();
        for (List<AiElement> qualifiers : List.of(item.qualifiers(), withoutLot)) {
            link(item.primaryKey(), qualifiers).ifPresent(l -> out.addAll(ofLink(l, scanStem)));
        }
        return out;
    }

    /** The spellings of the item's lot (LGTIN) and of its product class (the GTIN alone). */
    static Set<String> ofClasses(DigitalLink item, String scanStem) {
        Set<String> out = new LinkedHashSet<>();
        List<AiElement> lot = item.qualifiers().stream().filter(q -> q.ai().equals("10")).toList();
        for (List<AiElement> qualifiers : List.of(lot, List.<AiElement>of())) {
            link(item.primaryKey(), qualifiers).ifPresent(l -> out.addAll(ofLink(l, scanStem)));
        }
        return out;
    }

    /** The spellings of an identifier as an event wrote it (EPC URN, Digital Link, or anything else as is). */
    static Set<String> of(String identifier, String scanStem) {
        Set<String> out = new LinkedHashSet<>();
        out.add(identifier);
        try {
            if (EpcUrn.hasDigitalLinkEquivalent(identifier)) {
                out.addAll(ofLink(DigitalLink.parse(EpcUrn.toDigitalLink(identifier)), scanStem));
            } else if (identifier.startsWith("https://") || identifier.startsWith("http://")) {
                out.addAll(ofLink(DigitalLink.parse(identifier).withoutQuery(), scanStem));
            }
        } catch (Gs1Exception e) {
            return out; // not a GS1 key after all: only the spelling as written can match
        }
        return out;
    }

    /**
     * The digits of a GS1 key that begin with its company prefix (GTIN without its indicator digit), so that "is it
     * under prefix P" is a {@code startsWith}; empty for an identifier that is not a GS1 key.
     */
    static Optional<String> keyDigits(String identifier) {
        try {
            String link = EpcUrn.hasDigitalLinkEquivalent(identifier) ? EpcUrn.toDigitalLink(identifier) : identifier;
            if (!link.startsWith("https://") && !link.startsWith("http://")) {
                return Optional.empty();
            }
            return Optional.of(CompanyPrefixes.prefixBearingDigits(DigitalLink.parse(link).primaryKey()));
        } catch (IllegalArgumentException e) { // Gs1Exception included: not a GS1 key
            return Optional.empty();
        }
    }

    private static Set<String> ofLink(DigitalLink link, String scanStem) {
        Set<String> out = new LinkedHashSet<>();
        String canonical = link.toCanonicalUri();
        out.add(canonical);
        out.add(link.withStem(scanStem).toUri());
        for (int length = MIN_PREFIX; length <= MAX_PREFIX; length++) {
            try {
                out.add(EpcUrn.toEpcUrn(canonical, length));
            } catch (Gs1Exception e) {
                // this prefix length does not fit the key, or the key has no EPC form: nothing to add
            }
        }
        return out;
    }

    private static Optional<DigitalLink> link(AiElement key, List<AiElement> qualifiers) {
        try {
            return Optional.of(new DigitalLink(DigitalLink.CANONICAL_STEM, key, new ArrayList<>(qualifiers), List.of(),
                    List.of()));
        } catch (IllegalArgumentException e) { // Gs1Exception included: no such link
            return Optional.empty();
        }
    }
}
