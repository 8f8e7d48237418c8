package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;

/**
 * One point-in-time view of the index, for the whole of one page: every query of the page sees the
 * same articles. Each query is timed ({@link IndexTiming}). Things computed once per view, such as the
 * overview's counts of the whole collection, are kept with it ({@link #cached}).
 */
public final class IndexReading {

    private final View searcher;

    IndexReading(View searcher) {
        this.searcher = searcher;
    }

    /** A searcher with what is read once per version of the index, shared by the pages that read it. */
    static final class View extends IndexSearcher {

        private final SortedSetDocValuesReaderState facetState;
        private final Map<String, Object> cache = new ConcurrentHashMap<>();

        View(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            // An empty index has no facet ordinals.
            this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        }

        private static boolean hasFacets(IndexReader reader) {
            return reader.leaves().stream()
                    .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                            != null);
        }
    }

    /** The articles in the index: those readers may see. */
    public int articles() {
        return searcher.getIndexReader().numDocs();
    }

    public int count(Query query) {
        return timed(() -> searcher.count(query));
    }

    /** The first {@code n} matches in {@code sort}'s order after {@code after} (null: from the start). */
    public TopFieldDocs search(Query query, int n, Sort sort, FieldDoc after) {
        return timed(() -> after == null ? searcher.search(query, n, sort, true) : searcher.searchAfter(after, query, n, sort, true));
    }

    /** Every match, for facet counts. */
    public FacetsCollector collect(Query query) {
        return timed(() -> searcher.search(query, new FacetsCollectorManager()));
    }

    /** Any other pass over the matches, such as a count with a condition on the score. */
    public <T> T collect(Query query, CollectorManager<?, T> collector) {
        return timed(() -> searcher.search(query, collector));
    }

    /** The facet ordinals of this view; null when the index is empty. */
    public SortedSetDocValuesReaderState facetState() {
        return searcher.facetState;
    }

    /** The stored fields {@code fields} of each hit, in order, as articles. */
    public List<IndexedArticle> stored(ScoreDoc[] hits, Set<String> fields) {
        List<IndexedArticle> articles = new ArrayList<>(hits.length);
        try {
            var stored = searcher.storedFields();
            for (ScoreDoc hit : hits) {
                articles.add(IndexedArticle.fromStored(stored.document(hit.doc, fields)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    /** What {@code compute} gives, computed once for this view of the index. */
    @SuppressWarnings("unchecked")
    public <T> T cached(String key, Supplier<T> compute) {
        return (T) searcher.cache.computeIfAbsent(key, k -> compute.get());
    }

    private <T> T timed(IoSupplier<T> query) {
        long started = System.nanoTime();
        try {
            return query.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            IndexTiming.record(System.nanoTime() - started);
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
