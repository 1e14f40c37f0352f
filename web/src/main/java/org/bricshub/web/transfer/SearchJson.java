package org.bricshub.web.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bricshub.transfer.Match;
import org.bricshub.transfer.SearchResult;

/** Wire forms of search answers and matches. */
final class SearchJson {
    private SearchJson() {
    }

    record Result(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Integer>> facets,
                  List<String> concepts) {
    }

    record Hit(long id, String type, String title, String language, String titleLanguage, double score,
               String highlight, String country, int trl, String field, Instant publishedAt) {
    }

    record MatchJson(long id, String type, String title, String language, double score,
                     Match.Explanation explanation) {
    }

    static Result of(SearchResult r, int page, int size) {
        return new Result(r.total(), page, size, r.hits().stream().map(h -> new Hit(h.id(), h.type().wireName(),
                h.title(), h.language().tag(), h.titleLanguage().tag(), h.score(), h.highlight(), h.country(), h.trl(),
                h.field().wireName(), h.publishedAt())).toList(), r.facets(), r.concepts());
    }

    static List<MatchJson> of(List<Match> matches) {
        return matches.stream().map(m -> new MatchJson(m.id(), m.type().wireName(), m.title(), m.language().tag(),
                m.score(), m.explanation())).toList();
    }
}
