package org.bricshub.transfer;

import static org.bricshub.transfer.ListingFields.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.document.IntField;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.bricshub.i18n.Language;

/**
 * Builds the Lucene query of a {@link SearchQuery}: the free text in its own language's fields, expanded through the
 * terminology into every other language (and the language-neutral concept field), fielded clauses, and filters.
 */
final class ListingSearch {
    private final LanguageAnalyzers analyzers;
    private final Terminology terminology;

    ListingSearch(LanguageAnalyzers analyzers, Terminology terminology) {
        this.analyzers = analyzers;
        this.terminology = terminology;
    }

    /** The query and the concepts its text was expanded through. */
    record Built(Query query, List<String> concepts) {
    }

    Built build(SearchQuery q) {
        QueryText text = QueryText.parse(q.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> concepts = new ArrayList<>();
        boolean scored = false;
        if (!text.free().isEmpty()) {
            BooleanQuery.Builder free = new BooleanQuery.Builder();
            addText(free, q.language(), text.free());
            concepts.addAll(conceptsOf(q.language(), text.free()));
            for (String c : concepts) {
                free.add(expand(c), Occur.SHOULD);
            }
            b.add(free.build(), Occur.MUST);
            scored = true;
        }
        for (QueryText.Clause c : text.clauses()) {
            b.add(clause(q.language(), c), Occur.MUST);
            scored = true;
        }
        if (!scored) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(b, TYPE, q.types(), ListingType::wireName);
        filter(b, FIELD, q.fields(), TechnologyField::wireName);
        filter(b, IPC, q.ipc(), ListingFields::ipcSubclass);
        filter(b, COUNTRY, q.countries(), Function.identity());
        filter(b, DEAL, q.deals(), DealType::wireName);
        filter(b, LANGUAGE, q.languages(), Language::tag);
        if (q.trlMin() > 1 || q.trlMax() < 9) {
            b.add(IntField.newRangeQuery(TRL + "_n", q.trlMin(), q.trlMax()), Occur.FILTER);
        }
        return new Built(b.build(), concepts);
    }

    /** Concepts named in the text: read in its stated language, else (a term typed in another script) in any. */
    List<String> conceptsOf(Language language, String text) {
        Set<String> found = terminology.detect(language, text);
        if (found.isEmpty()) {
            found = new LinkedHashSet<>();
            for (Language other : Language.values()) {
                found.addAll(terminology.detect(other, text));
            }
        }
        return List.copyOf(found);
    }

    private void addText(BooleanQuery.Builder b, Language language, String text) {
        QueryBuilder words = new QueryBuilder(analyzers.of(language));
        Query title = words.createBooleanQuery(title(language), text);
        Query body = words.createBooleanQuery(body(language), text);
        if (title != null) {
            b.add(new BoostQuery(title, 2f), Occur.SHOULD);
        }
        if (body != null) {
            b.add(body, Occur.SHOULD);
        }
    }

    /** One concept in every language: its terms as phrases in each language's body, or the concept field. */
    Query expand(String conceptId) {
        Terminology.Concept concept = terminology.concept(conceptId);
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(new BoostQuery(new TermQuery(new Term(CONCEPT, conceptId)), 1.5f));
        for (Language l : Language.values()) {
            QueryBuilder words = new QueryBuilder(analyzers.of(l));
            for (String term : concept.terms().get(l)) {
                Query phrase = words.createPhraseQuery(body(l), term);
                if (phrase != null) {
                    alternatives.add(phrase);
                }
            }
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private Query clause(Language language, QueryText.Clause c) {
        return switch (c.field()) {
            case "title" -> {
                Query title = new QueryBuilder(analyzers.of(language)).createBooleanQuery(title(language), c.value(),
                        Occur.MUST);
                yield title == null ? new MatchAllDocsQuery() : title;
            }
            case "ipc" -> new TermQuery(new Term(IPC, c.value().length() >= 4 ? ipcSubclass(c.value()) : c.value()));
            case "keyword" -> new TermQuery(new Term(KEYWORD, c.value().toLowerCase(Locale.ROOT)));
            case "concept" -> new TermQuery(new Term(CONCEPT, c.value()));
            default -> throw new IllegalStateException("unparsed clause " + c.field());
        };
    }

    private static <T> void filter(BooleanQuery.Builder b, String field, List<T> values, Function<T, String> wire) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (T v : values) {
            any.add(new TermQuery(new Term(field, wire.apply(v))), Occur.SHOULD);
        }
        b.add(any.build(), Occur.FILTER);
    }
}
