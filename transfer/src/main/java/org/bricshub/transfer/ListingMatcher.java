package org.bricshub.transfer;

import static org.bricshub.transfer.ListingFields.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.bricshub.i18n.Language;

/**
 * Finds the listings that answer a listing, across languages: what the two share is compared language-neutrally
 * (terminology concepts, IPC subclasses, field, keywords), so a Chinese demand meets a Portuguese offer.
 */
final class ListingMatcher {
    private static final float CONCEPT_BOOST = 3f;
    private static final float CLASS_BOOST = 2f;
    private final ListingIndex index;
    private final Terminology terminology;

    ListingMatcher(ListingIndex index, Terminology terminology) {
        this.index = index;
        this.terminology = terminology;
    }

    List<Match> matches(Listing listing, int limit) {
        return matches(listing, listing.facts().type().counterpart(), limit);
    }

    /** Listings of type {@code among} most like {@code listing} ("more like this" when the type is its own). */
    List<Match> matches(Listing listing, ListingType among, int limit) {
        Set<String> concepts = index.documents().concepts(listing);
        Set<String> classes = new LinkedHashSet<>(listing.facts().ipc().stream().map(ListingFields::ipcSubclass).toList());
        listing.facts().ipc().forEach(ipc -> ListingFields.ipcGroup(ipc).ifPresent(classes::add));
        Set<String> keywords = keywords(listing);
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        concepts.forEach(c -> should.add(boosted(CONCEPT, c, CONCEPT_BOOST), Occur.SHOULD));
        // A shared subclass and, more specific, a shared group both count.
        classes.forEach(c -> should.add(boosted(c.contains("/") ? IPC_GROUP : IPC, c, CLASS_BOOST), Occur.SHOULD));
        keywords.forEach(k -> should.add(boosted(KEYWORD, k, 1f), Occur.SHOULD));
        should.add(boosted(FIELD, listing.facts().field().wireName(), 0.5f), Occur.SHOULD);
        Query query = new BooleanQuery.Builder()
                .add(should.build(), Occur.MUST)
                .add(new TermQuery(new Term(TYPE, among.wireName())), Occur.FILTER)
                .add(new TermQuery(new Term(ID, Long.toString(listing.id()))), Occur.MUST_NOT)
                .build();
        Language ours = listing.facts().language();
        return index.search(searcher -> {
            List<Match> found = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                found.add(match(searcher, sd, ours, concepts, classes, keywords, listing.facts().field()));
            }
            return found;
        });
    }

    private Match match(IndexSearcher searcher, ScoreDoc sd, Language ours, Set<String> concepts, Set<String> classes,
                        Set<String> keywords, TechnologyField field) throws java.io.IOException {
        Document d = searcher.storedFields().document(sd.doc);
        Language theirs = Language.fromTag(d.get(LANGUAGE)).orElseThrow();
        List<Match.SharedConcept> shared = new ArrayList<>();
        for (String c : d.getValues(CONCEPT)) {
            if (concepts.contains(c)) {
                Terminology.Concept concept = terminology.concept(c);
                shared.add(new Match.SharedConcept(c, concept.term(ours), concept.term(theirs)));
            }
        }
        List<String> sharedClasses = java.util.stream.Stream.concat(Arrays.stream(d.getValues(IPC)),
                Arrays.stream(d.getValues(IPC_GROUP))).filter(classes::contains).toList();
        List<String> sharedKeywords = Arrays.stream(d.getValues(KEYWORD)).filter(keywords::contains).distinct().toList();
        boolean sameField = field.wireName().equals(d.get(FIELD));
        return new Match(Long.parseLong(d.get(ID)), ListingType.parse(TYPE, d.get(TYPE)), d.get(title(theirs)), theirs,
                sd.score, new Match.Explanation(shared, sharedClasses, sameField, sharedKeywords));
    }

    private static Query boosted(String field, String value, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, value)), boost);
    }

    private static Set<String> keywords(Listing listing) {
        Set<String> keywords = new LinkedHashSet<>();
        listing.versions().values().forEach(t -> t.keywords().forEach(k -> keywords.add(k.toLowerCase(Locale.ROOT))));
        return keywords;
    }
}
