package org.bricshub.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bricshub.i18n.Language;

/**
 * One page of search hits, the total number of matching listings and the facet counts over all of them.
 *
 * @param facets   per dimension (type, field, ipc, trl, country, deal, language) the values and their counts,
 *                 most frequent first
 * @param concepts the terminology concepts the query text was expanded through
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, List<String> concepts) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        concepts = List.copyOf(concepts);
    }

    /**
     * One hit.
     *
     * @param title         in the query's language when the listing has that version, else in the original
     * @param titleLanguage the language of {@code title}
     * @param highlight     a passage with the matched terms between {@code <b>} and {@code </b>}, the rest of the
     *                      text HTML-escaped; empty when no passage matched
     */
    public record Hit(long id, ListingType type, String title, Language language, Language titleLanguage,
                      double score, String highlight, String country, int trl, TechnologyField field,
                      Instant publishedAt) {
    }
}
