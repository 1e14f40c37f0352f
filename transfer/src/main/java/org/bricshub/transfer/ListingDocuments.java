package org.bricshub.transfer;

import static org.bricshub.transfer.ListingFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.bricshub.i18n.Language;

/** Turns a published listing into its search document: text per language, facts as filters and facets, concepts. */
final class ListingDocuments {
    private final Terminology terminology;
    private final FacetsConfig facets = new FacetsConfig();

    ListingDocuments(Terminology terminology) {
        this.terminology = terminology;
        facets.setMultiValued(IPC, true);
        facets.setMultiValued(DEAL, true);
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    /** The concepts that any version of the listing names, in the order they first occur. */
    Set<String> concepts(Listing l) {
        Set<String> found = new LinkedHashSet<>();
        for (Map.Entry<Language, ListingText> v : l.versions().entrySet()) {
            found.addAll(terminology.detect(v.getKey(), v.getValue().title() + "\n" + v.getValue().body()));
        }
        return found;
    }

    Document toDocument(Listing l) {
        ListingInput f = l.facts();
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(l.id()), Store.YES));
        keyword(d, TYPE, f.type().wireName());
        keyword(d, LANGUAGE, f.language().tag());
        keyword(d, COUNTRY, f.country());
        keyword(d, FIELD, f.field().wireName());
        keyword(d, TRL, Integer.toString(f.trl()));
        d.add(new IntField(TRL + "_n", f.trl(), Store.NO));
        l.publishedAt().ifPresent(p -> d.add(new LongField(PUBLISHED, p.toEpochMilli(), Store.YES)));
        for (String sub : new LinkedHashSet<>(f.ipc().stream().map(ListingFields::ipcSubclass).toList())) {
            keyword(d, IPC, sub);
        }
        for (String ipc : f.ipc()) {
            ipcGroup(ipc).ifPresent(g -> d.add(new StringField(IPC_GROUP, g, Store.YES)));
        }
        for (DealType deal : f.dealTypes()) {
            keyword(d, DEAL, deal.wireName());
        }
        for (Map.Entry<Language, ListingText> v : l.versions().entrySet()) {
            Language lang = v.getKey();
            d.add(new StringField(VERSION, lang.tag(), Store.YES));
            d.add(new TextField(title(lang), v.getValue().title(), Store.YES));
            d.add(new TextField(body(lang), v.getValue().body(), Store.YES));
            for (String k : v.getValue().keywords()) {
                d.add(new StringField(KEYWORD, k.toLowerCase(Locale.ROOT), Store.YES));
            }
        }
        for (String c : concepts(l)) {
            d.add(new StringField(CONCEPT, c, Store.YES));
        }
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filterable, stored keyword that is also a facet value. */
    private static void keyword(Document d, String name, String value) {
        d.add(new StringField(name, value, Store.YES));
        d.add(new SortedSetDocValuesFacetField(name, value));
    }
}
