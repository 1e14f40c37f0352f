package org.bricshub.i18n;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the spellings of a vocabulary term that EPCIS documents carry: the bare name, the CBV 2.0 web URI
 * ({@code https://ref.gs1.org/cbv/BizStep-shipping}), its CURIE ({@code cbv:BizStep-shipping}), the EPCIS 1.x URN
 * ({@code urn:epcglobal:cbv:bizstep:shipping}, the form of CBV 1.x that CBV 2.0 still admits), and for measurement types the GS1 Web Vocabulary
 * IRI or CURIE ({@code https://gs1.org/voc/Temperature}, {@code gs1:Temperature}).
 */
final class VocabularyNames {

    private static final Map<VocabularyTerm.Kind, List<String>> PREFIXES = Map.of(
            VocabularyTerm.Kind.BIZ_STEP, List.of("https://ref.gs1.org/cbv/BizStep-", "http://ref.gs1.org/cbv/BizStep-",
                    "cbv:BizStep-", "urn:epcglobal:cbv:bizstep:"),
            VocabularyTerm.Kind.DISPOSITION, List.of("https://ref.gs1.org/cbv/Disp-", "http://ref.gs1.org/cbv/Disp-",
                    "cbv:Disp-", "urn:epcglobal:cbv:disp:"),
            VocabularyTerm.Kind.MEASUREMENT_TYPE, List.of("https://gs1.org/voc/", "http://gs1.org/voc/",
                    "https://ref.gs1.org/voc/", "gs1:"));

    /** Terms by kind and lower-case name. */
    private final Map<String, VocabularyTerm> terms;

    VocabularyNames(Set<VocabularyTerm> terms) {
        Map<String, VocabularyTerm> byKey = new HashMap<>();
        for (VocabularyTerm term : terms) {
            byKey.put(lookupKey(term.kind(), term.name()), term);
        }
        this.terms = Map.copyOf(byKey);
    }

    /** The standard term a value names, or empty for a private vocabulary's term or anything else. */
    Optional<VocabularyTerm> read(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        for (VocabularyTerm.Kind kind : VocabularyTerm.Kind.values()) {
            for (String prefix : PREFIXES.get(kind)) {
                if (trimmed.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    return known(kind, trimmed.substring(prefix.length()));
                }
            }
        }
        for (VocabularyTerm.Kind kind : VocabularyTerm.Kind.values()) {
            Optional<VocabularyTerm> bare = known(kind, trimmed);
            if (bare.isPresent()) {
                return bare;
            }
        }
        return Optional.empty();
    }

    private Optional<VocabularyTerm> known(VocabularyTerm.Kind kind, String name) {
        return Optional.ofNullable(terms.get(lookupKey(kind, name)));
    }

    // Case-insensitive: CBV names are lower case, measurement types UpperCamelCase, and producers are sloppy.
    private static String lookupKey(VocabularyTerm.Kind kind, String name) {
        return kind.name() + ":" + name.toLowerCase(Locale.ROOT);
    }
}
