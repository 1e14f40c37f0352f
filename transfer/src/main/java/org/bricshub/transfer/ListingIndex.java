package org.bricshub.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of published listings. Writes are refreshed into the searcher before they return (near-real-time),
 * so a change is searchable at once; each commit records the highest database revision it reflects, which lets a
 * start detect an index that diverged from the database.
 */
final class ListingIndex implements AutoCloseable {
    private static final String REVISION = "bricshub.revision";
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ListingDocuments documents;
    private SortedSetDocValuesReaderState facetState;

    private ListingIndex(Directory directory, IndexWriter writer, ListingDocuments documents) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.documents = documents;
        this.searchers = new SearcherManager(writer, null);
    }

    static ListingIndex open(Path folder, LanguageAnalyzers analyzers, ListingDocuments documents) {
        try {
            Directory dir = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            return new ListingIndex(dir, new IndexWriter(dir, config), documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** The highest database revision the last commit reflects; 0 for a new index. */
    long committedRevision() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (REVISION.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    /** Adds or replaces a published listing, or removes a listing that is no longer published; searchable on return. */
    void put(Listing listing) {
        try {
            Term id = new Term(ListingFields.ID, Long.toString(listing.id()));
            if (listing.status() == ListingStatus.PUBLISHED) {
                writer.updateDocument(id, documents.toDocument(listing));
            } else {
                writer.deleteDocuments(id);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds published listings in bulk, without refreshing; {@link #commit} makes them visible and durable. */
    void addAll(List<Listing> listings) {
        try {
            for (Listing l : listings) {
                writer.addDocument(documents.toDocument(l));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every change durable, recording that the index now reflects the database up to {@code revision}. */
    void commit(long revision) {
        try {
            Map<String, String> data = new HashMap<>();
            data.put(REVISION, Long.toString(revision));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work with a searcher over the latest refreshed state; the searcher is valid during the call only. */
    <T> T search(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    long count() {
        return search(s -> (long) s.getIndexReader().numDocs());
    }

    /** The facet ordinals of {@code reader}, computed once per refreshed reader; null while no listing has facets. */
    synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetState == null || facetState.getReader() != reader) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, documents.facetsConfig());
            } catch (IllegalArgumentException noFacetsYet) {
                return null;
            }
        }
        return facetState;
    }

    ListingDocuments documents() {
        return documents;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
