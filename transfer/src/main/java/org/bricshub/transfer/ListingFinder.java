package org.bricshub.transfer;

import static org.bricshub.transfer.ListingFields.*;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.bricshub.i18n.Language;

/** Runs searches: hits of one page, facet counts over all matches, highlighted passages, in the asked order. */
final class ListingFinder {
    private static final int FACET_VALUES = 20;
    private final ListingIndex index;
    private final ListingSearch queries;
    private final LanguageAnalyzers analyzers;

    ListingFinder(ListingIndex index, ListingSearch queries, LanguageAnalyzers analyzers) {
        this.index = index;
        this.queries = queries;
        this.analyzers = analyzers;
    }

    SearchResult find(SearchQuery q) {
        ListingSearch.Built built = queries.build(q);
        int depth = q.page() * q.size();
        return index.search(searcher -> {
            var result = FacetsCollectorManager.search(searcher, built.query(), depth, sort(q.order()), true,
                    new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, depth - q.size()),
                    top.scoreDocs.length);
            List<SearchResult.Hit> hits = hits(searcher, q.language(), new TopDocs(top.totalHits, page), built);
            Map<String, Map<String, Integer>> facets = facets(searcher, result);
            return new SearchResult(top.totalHits.value(), hits, facets, built.concepts());
        });
    }

    private static Sort sort(SearchQuery.Order order) {
        return switch (order) {
            case RELEVANCE -> Sort.RELEVANCE;
            case NEWEST -> new Sort(LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX),
                    SortField.FIELD_SCORE);
            case READINESS -> new Sort(IntField.newSortField(TRL + "_n", true, SortedNumericSelector.Type.MAX),
                    SortField.FIELD_SCORE);
        };
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Language asked, TopDocs page,
                                        ListingSearch.Built built) throws IOException {
        List<Document> docs = new ArrayList<>();
        Set<String> highlightFields = new LinkedHashSet<>();
        for (ScoreDoc sd : page.scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            docs.add(d);
            highlightFields.add(body(shownLanguage(d, asked)));
        }
        Map<String, String[]> passages = highlight(searcher, built, page, highlightFields);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            Language shown = shownLanguage(d, asked);
            String[] forField = passages.get(body(shown));
            String passage = forField == null || forField[i] == null ? "" : forField[i];
            var published = d.getField(PUBLISHED);
            hits.add(new SearchResult.Hit(Long.parseLong(d.get(ID)), ListingType.parse(TYPE, d.get(TYPE)),
                    d.get(title(shown)), language(d.get(LANGUAGE)), shown, page.scoreDocs[i].score, passage,
                    d.get(COUNTRY), Integer.parseInt(d.get(TRL)), TechnologyField.parse(FIELD, d.get(FIELD)),
                    published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue())));
        }
        return hits;
    }

    private Map<String, String[]> highlight(IndexSearcher searcher, ListingSearch.Built built, TopDocs page,
                                            Set<String> fields) throws IOException {
        if (page.scoreDocs.length == 0) {
            return Map.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .build();
        String[] names = fields.toArray(String[]::new);
        int[] passages = new int[names.length];
        Arrays.fill(passages, 1);
        TopDocs byDoc = new TopDocs(new TotalHits(page.scoreDocs.length, TotalHits.Relation.EQUAL_TO), page.scoreDocs);
        return highlighter.highlightFields(names, built.query(), byDoc, passages);
    }

    private Map<String, Map<String, Integer>> facets(IndexSearcher searcher, FacetsCollectorManager.FacetsResult r)
            throws IOException {
        SortedSetDocValuesReaderState state = index.facetState(searcher.getIndexReader());
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        if (state == null) {
            FACETS.forEach(dim -> out.put(dim, Map.of()));
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
        for (String dim : FACETS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult fr = state.getOrdRange(dim) == null ? null : counts.getTopChildren(FACET_VALUES, dim);
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    values.put(lv.label, lv.value.intValue());
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    /** The query's language when the listing has a version in it, else the listing's original language. */
    static Language shownLanguage(Document d, Language asked) {
        return Arrays.asList(d.getValues(VERSION)).contains(asked.tag()) ? asked : language(d.get(LANGUAGE));
    }

    private static Language language(String tag) {
        return Language.fromTag(tag).orElseThrow();
    }
}
