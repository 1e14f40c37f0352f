package org.bricshub.i18n;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Labels of the standard EPCIS 2.0 / CBV 2.0 vocabularies (business steps, dispositions, sensor measurement types)
 * in the 17 languages, from {@code /i18n/vocabulary_<tag>.properties} (keys {@code bizStep.<name>},
 * {@code disposition.<name>}, {@code measurementType.<Name>}). The English catalog defines the set of terms;
 * every language is held to it by tests. Immutable and thread-safe.
 */
public final class Vocabulary {

    static final String BASE_NAME = "vocabulary";

    private final Catalog catalog;
    private final Map<VocabularyTerm.Kind, List<VocabularyTerm>> terms;
    private final VocabularyNames names;

    private Vocabulary(Catalog catalog) {
        this.catalog = catalog;
        Map<VocabularyTerm.Kind, List<VocabularyTerm>> byKind = new EnumMap<>(VocabularyTerm.Kind.class);
        Set<VocabularyTerm> all = new LinkedHashSet<>();
        for (VocabularyTerm.Kind kind : VocabularyTerm.Kind.values()) {
            String prefix = kind.keyPrefix() + ".";
            List<VocabularyTerm> ofKind = catalog.keys(Language.EN).stream()
                    .filter(key -> key.startsWith(prefix))
                    .map(key -> new VocabularyTerm(kind, key.substring(prefix.length())))
                    .toList();
            byKind.put(kind, ofKind);
            all.addAll(ofKind);
        }
        this.terms = byKind;
        this.names = new VocabularyNames(all);
    }

    /**
     * Loads the vocabulary catalogs of all 17 languages from the classpath.
     *
     * @throws CatalogException when a catalog is missing or malformed
     */
    public static Vocabulary load() {
        return new Vocabulary(Catalog.load(BASE_NAME));
    }

    /** The standard terms of one vocabulary, in catalog order. */
    public List<VocabularyTerm> terms(VocabularyTerm.Kind kind) {
        return terms.get(kind);
    }

    /**
     * The standard term a value names: a bare name ({@code shipping}, {@code in_transit}, {@code Temperature}),
     * a CBV 2.0 URI or CURIE, an EPCIS 1.x URN, or a GS1 Web Vocabulary IRI; matched case-insensitively.
     *
     * @return the term, or empty for a private vocabulary's term or anything else
     */
    public Optional<VocabularyTerm> term(String value) {
        return names.read(value);
    }

    /** The label of a standard term in a language (English when the language lacks it). */
    public String label(Language language, VocabularyTerm term) {
        Objects.requireNonNull(language, "language is required");
        return catalog.find(language, term.key())
                .or(() -> catalog.find(Language.EN, term.key()))
                .orElseThrow(() -> new IllegalArgumentException(term + " is not a standard term"));
    }

    /**
     * The label of whatever standard term a value names, in a language.
     *
     * @param value a bare name, URI, CURIE or URN as {@link #term(String)} reads it
     * @return the label, or empty when the value names no standard term (show the value itself then)
     */
    public Optional<String> label(Language language, String value) {
        return term(value).map(term -> label(language, term));
    }
}
