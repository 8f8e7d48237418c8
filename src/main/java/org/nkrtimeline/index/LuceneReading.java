package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * One point-in-time view of this instance's read index, for the whole of one page: every query of the page sees the
 * same articles. Each query is timed ({@link IndexTiming}). Things computed once per view, such as the
 * overview's counts of the whole collection, are kept with its view of the index ({@link View}).
 */
final class LuceneReading implements IndexReading {

    private static final String ESTIMATED = "estimated";

    private final View searcher;

    LuceneReading(View searcher) {
        this.searcher = searcher;
    }

    /** A searcher with what is read once per version of the index, shared by the pages that read it. */
    static final class View extends IndexSearcher {

        private final SortedSetDocValuesReaderState facetState;
        private final Map<String, Map<Long, Long>> perDay = new HashMap<>();
        private final Map<String, Map<String, Long>> perLabel = new HashMap<>();
        private final Map<String, long[]> spreadOfAll = new HashMap<>();

        /** Made when the index changes, before any page reads it: its counts are no page's cost. */
        View(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            // An empty index has no facet ordinals.
            this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
            FacetsCollector all = search(new MatchAllDocsQuery(), new FacetsCollectorManager());
            for (DateField field : DateField.values()) {
                perDay.put(field.name(), perValue(field.lastWhenAscending(), all));
            }
            FacetsCollector estimated =
                    search(new TermQuery(new Term(Fields.EVENT_ESTIMATED, "yes")), new FacetsCollectorManager());
            perDay.put(ESTIMATED, perValue(DateField.EVENT.lastWhenAscending(), estimated));
            if (facetState != null) {
                SortedSetDocValuesFacetCounts everything = new SortedSetDocValuesFacetCounts(facetState);
                for (String dimension : facetState.getDims()) {
                    Map<String, Long> counts = new HashMap<>();
                    FacetResult result = everything.getAllChildren(dimension);
                    if (result != null) {
                        for (LabelAndValue label : result.labelValues) {
                            counts.put(label.label, label.value.longValue());
                        }
                    }
                    perLabel.put(dimension, counts);
                    spreadOfAll.put(dimension, new long[] {
                        counts.size(),
                        counts.values().stream().mapToLong(Long::longValue).sum()
                    });
                }
            }
        }

        private static boolean hasFacets(IndexReader reader) {
            return reader.leaves().stream()
                    .anyMatch(leaf ->
                            leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        }
    }

    /** The index's segments: one after a rebuild, a few more as changes are written. */
    int segments() {
        return searcher.getIndexReader().leaves().size();
    }

    /** The articles in the index: those readers may see. */
    @Override
    public int articles() {
        return searcher.getIndexReader().numDocs();
    }

    @Override
    public int count(Query query) {
        return timed(() -> searcher.count(query));
    }

    /** The first {@code n} matches in {@code sort}'s order after {@code after} (null: from the start). */
    @Override
    public TopFieldDocs search(Query query, int n, Sort sort, FieldDoc after) {
        return timed(() -> after == null
                ? searcher.search(query, n, sort, true)
                : searcher.searchAfter(after, query, n, sort, true));
    }

    /** The counts of {@code query}'s matches: one pass over them, or none for every article. */
    @Override
    public LuceneMatchCounts countMatches(Query query) {
        if (query instanceof MatchAllDocsQuery) {
            return new LuceneMatchCounts(articles(), null, this);
        }
        FacetsCollector hits = timed(() -> searcher.search(query, new FacetsCollectorManager()));
        long total = hits.getMatchingDocs().stream()
                .mapToLong(docs -> docs.totalHits)
                .sum();
        return new LuceneMatchCounts(total, hits, this);
    }

    /**
     * The articles of this view that are not among {@code hits}, as facet counting takes a set of
     * matches: one bit set per segment, without the deleted documents. Not a query of the index (nor
     * timed as one), as counting the facets of the matches is not: work on matches a query found.
     */
    FacetsCollector complementOf(FacetsCollector hits) {
        try {
            Map<Integer, DocIdSet> matched = new HashMap<>();
            for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
                matched.put(docs.context.ord, docs.bits);
            }
            List<FacetsCollector.MatchingDocs> rest = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                int maxDoc = leaf.reader().maxDoc();
                FixedBitSet others = new FixedBitSet(maxDoc);
                others.set(0, maxDoc);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; live != null && doc < maxDoc; doc++) {
                    if (!live.get(doc)) {
                        others.clear(doc);
                    }
                }
                DocIdSet found = matched.get(leaf.ord);
                DocIdSetIterator iterator = found == null ? null : found.iterator();
                if (iterator != null) {
                    others.andNot(iterator);
                }
                int count = others.cardinality();
                rest.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(others, count), count, null));
            }
            return new FacetsCollector() {
                @Override
                public List<MatchingDocs> getMatchingDocs() {
                    return rest;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<Long, Long> reportsOf(Collection<Long> events) {
        Map<String, Long> all = allPerFacet(Fields.EVENT);
        Map<Long, Long> reports = new HashMap<>();
        for (long event : events) {
            Long count = all.get(Long.toString(event));
            if (count != null) {
                reports.put(event, count);
            }
        }
        return reports;
    }

    @Override
    public long countEntries(Query query) {
        return collect(query, EntriesBefore.groupedByEvent());
    }

    @Override
    public long countRankedAbove(Query query, float score, long id, boolean byEvent) {
        return collect(query, EntriesBefore.rankedAbove(score, id, byEvent));
    }

    /** Any other pass over the matches, such as a count with a condition on the score. */
    <T> T collect(Query query, CollectorManager<?, T> collector) {
        return timed(() -> searcher.search(query, collector));
    }

    /** The facet ordinals of this view; null when the index is empty. */
    SortedSetDocValuesReaderState facetState() {
        return searcher.facetState;
    }

    /** The stored fields {@code fields} of each hit, in order, as documents. */
    List<Document> documents(ScoreDoc[] hits, Set<String> fields) {
        List<Document> documents = new ArrayList<>(hits.length);
        try {
            var stored = searcher.storedFields();
            for (ScoreDoc hit : hits) {
                documents.add(stored.document(hit.doc, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /**
     * For each hit, in order, its value of the numeric doc values {@code field} (such as
     * {@link Fields#EVENT}); {@code absent} where it has none. From doc values, not the stored fields,
     * whose blocks hold the bodies.
     */
    @Override
    public long[] numbers(ScoreDoc[] hits, String field, long absent) {
        long[] values = new long[hits.length];
        inDocOrder(
                hits,
                leaf -> DocValues.getNumeric(leaf.reader(), field),
                (leafValues, doc, hit) -> values[hit] = leafValues.advanceExact(doc) ? leafValues.longValue() : absent);
        return values;
    }

    /** What a list shows of each hit, in order, from {@link Fields#LISTING}. */
    private List<IndexedArticle> listed(ScoreDoc[] hits) {
        IndexedArticle[] articles = new IndexedArticle[hits.length];
        inDocOrder(hits, leaf -> DocValues.getBinary(leaf.reader(), Fields.LISTING), (listings, doc, hit) -> {
            if (!listings.advanceExact(doc)) {
                throw new IllegalStateException("an article of the index has no listing");
            }
            articles[hit] = Listing.decode(listings.binaryValue());
        });
        return Arrays.asList(articles);
    }

    @Override
    public List<Set<String>> entitySlugs(ScoreDoc[] hits) {
        return documents(hits, Set.of(Fields.ENTITY_SLUGS)).stream()
                .map(IndexedArticle::entitySlugs)
                .toList();
    }

    /** Opens a leaf's doc values. */
    @FunctionalInterface
    private interface LeafValues<V> {
        V open(LeafReaderContext leaf) throws IOException;
    }

    /** Reads one hit's value: {@code doc} is its document in the leaf, {@code hit} its place among the hits. */
    @FunctionalInterface
    private interface HitValue<V> {
        void read(V leafValues, int doc, int hit) throws IOException;
    }

    /** Visits the hits in the order of their documents, as doc values are read: forwards, leaf by leaf. */
    private <V> void inDocOrder(ScoreDoc[] hits, LeafValues<V> open, HitValue<V> read) {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        try {
            int leafIndex = -1;
            V leafValues = null;
            LeafReaderContext leaf = null;
            for (int i : byDoc) {
                int doc = hits[i].doc;
                int at = ReaderUtil.subIndex(doc, leaves);
                if (at != leafIndex) {
                    leafIndex = at;
                    leaf = leaves.get(at);
                    leafValues = open.open(leaf);
                }
                read.read(leafValues, doc - leaf.docBase, i);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> snippets(Marks marks, ScoreDoc[] hits) {
        return timed(() -> marks.snippets(searcher, hits));
    }

    /**
     * The stored fields {@code fields} of each hit, in order, as articles; from the listing when a list's
     * fields are enough, so that no body is decompressed.
     */
    @Override
    public List<IndexedArticle> stored(ScoreDoc[] hits, Set<String> fields) {
        if (IndexedArticle.LISTED.containsAll(fields)) {
            return listed(hits);
        }
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

    /** The body of each hit, in order (from the stored fields). */
    @Override
    public List<String> bodies(ScoreDoc[] hits) {
        List<String> bodies = new ArrayList<>(hits.length);
        try {
            var stored = searcher.storedFields();
            for (ScoreDoc hit : hits) {
                bodies.add(stored.document(hit.doc, Set.of(Fields.BODY)).get(Fields.BODY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bodies;
    }

    /**
     * How many articles there are on each day of {@code field} (the undated under
     * {@link Long#MAX_VALUE}), by epoch day in ascending order, the undated last; only those with an
     * estimated event date if {@code estimatedOnly} (for the event date).
     */
    @Override
    public Map<Long, Long> allPerDay(DateField field, boolean estimatedOnly) {
        return searcher.perDay.get(estimatedOnly ? ESTIMATED : field.name());
    }

    /**
     * How many articles have each value of a facet dimension ({@link Fields#TOPIC}, or
     * {@link Fields#entityDimension}), over the whole index; a value no article has is absent.
     */
    @Override
    public Map<String, Long> allPerFacet(String dimension) {
        return searcher.perLabel.getOrDefault(dimension, Map.of());
    }

    /**
     * Over every article: how many values of a facet dimension there are, and how many values the
     * articles have between them (for a single-valued one, how many articles have one). Counted once
     * per view: summing the events' 25,000 counts cost 4% of the first page's CPU at 100,000 articles.
     */
    long[] allSpread(String dimension) {
        return searcher.spreadOfAll.getOrDefault(dimension, new long[2]);
    }

    /** From doc values in one pass. */
    @Override
    public SortedMap<Long, Instant> lastChangePerPart(int idsPerPart) {
        SortedMap<Long, Instant> parts = new TreeMap<>();
        collect(new MatchAllDocsQuery(), new LastChangePerPart(idsPerPart))
                .forEach((part, micros) -> parts.put(part, IndexedArticle.lastChanged(micros)));
        return parts;
    }

    /** From each entity's postings, so that no article is read. */
    @Override
    public Map<String, Mentions> mentions(Collection<String> slugs) {
        Map<String, Mentions> mentions = new HashMap<>();
        for (String slug : slugs) {
            Mentions of = mentionsOf(slug);
            if (of.articles() > 0) {
                mentions.put(slug, of);
            }
        }
        return mentions;
    }

    /** How many articles readers may see mention the entity {@code slug}, and how often: its postings. */
    private Mentions mentionsOf(String slug) {
        return timed(() -> {
            long articles = 0;
            long mentions = 0;
            Term term = new Term(Fields.ENTITY_MENTIONS, slug);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.FREQS);
                if (postings == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        articles++;
                        mentions += postings.freq();
                    }
                }
            }
            return new Mentions(articles, mentions);
        });
    }

    /**
     * How many of {@code matches} fall on each value of the numeric {@code field}, in order of value.
     * The values are gathered and sorted rather than counted by Lucene's {@code LongValueFacetCounts},
     * whose results are labelled with strings: a search matching every article made 100,000 of them.
     */
    static Map<Long, Long> perValue(String field, FacetsCollector matches) {
        try {
            long[] values = new long[64];
            int n = 0;
            for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
                NumericDocValues dayOf = DocValues.getNumeric(docs.context.reader(), field);
                DocIdSetIterator hits = docs.bits.iterator();
                for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
                    if (dayOf.advanceExact(doc)) {
                        if (n == values.length) {
                            values = Arrays.copyOf(values, n * 2);
                        }
                        values[n++] = dayOf.longValue();
                    }
                }
            }
            return counted(values, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How often each of the first {@code n} values occurs, in ascending order of the values. Days span
     * a few thousand values where a search matches up to every article: counted in an array over their
     * range, not sorted (a sort of 100,000 longs was a tenth of a page's counting); sorted when the
     * range is wide for the values. The undated ({@link Long#MAX_VALUE}) are counted apart, last.
     */
    static Map<Long, Long> counted(long[] values, int n) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long undated = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] == Long.MAX_VALUE) {
                undated++;
            } else {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        }
        Map<Long, Long> counts = new LinkedHashMap<>();
        if (min <= max && max - min < 4L * n + 1024) {
            int[] perValue = new int[(int) (max - min + 1)];
            for (int i = 0; i < n; i++) {
                if (values[i] != Long.MAX_VALUE) {
                    perValue[(int) (values[i] - min)]++;
                }
            }
            for (int at = 0; at < perValue.length; at++) {
                if (perValue[at] > 0) {
                    counts.put(min + at, (long) perValue[at]);
                }
            }
        } else if (min <= max) {
            long[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            for (int start = 0; start < n && sorted[start] != Long.MAX_VALUE; ) {
                int end = start + 1;
                while (end < n && sorted[end] == sorted[start]) {
                    end++;
                }
                counts.put(sorted[start], (long) (end - start));
                start = end;
            }
        }
        if (undated > 0) {
            counts.put(Long.MAX_VALUE, undated);
        }
        return counts;
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
