package org.nkrtimeline.timeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.nkrtimeline.index.Fields;
import org.nkrtimeline.index.IndexedArticle;
import org.nkrtimeline.index.ReadIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public articles as the sitemaps list them (package seo writes the XML): each with when it last
 * changed, in parts of consecutive ids, so that a part is a range of ids and holds at most as many
 * articles as it has ids, however many there are. From the read index, like every other listing of
 * the articles readers see; only the collection's own last change is read from PostgreSQL.
 *
 * <p>Here and not in the article package: this package owns the queries over the collection's public
 * articles (the timeline's pages and counts, the feed's and files' rows), and a sitemap is one more
 * listing of them; the article package reads one article at a time.
 */
@Repository
public class ArticleSitemapRepository {

    /** Entries read from the index at a time, so that a part of 50,000 is never held in memory. */
    private static final int CHUNK = 1_000;

    private static final Sort BY_ID = new Sort(new SortField(Fields.ID, SortField.Type.LONG));

    /** A public article's slug and when it last changed. */
    public record ArticleChange(String slug, Instant lastChanged) {}

    /** A part, numbered from 1, with the last change of any article in it. */
    public record Part(long number, Instant lastChanged) {}

    /**
     * @param collectionChanged when anything readers see last changed (V13's collection version)
     * @param parts             the parts that hold a public article, in order
     */
    public record Parts(Instant collectionChanged, List<Part> parts) {}

    private final JdbcClient jdbc;
    private final ReadIndex index;

    ArticleSitemapRepository(JdbcClient jdbc, ReadIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /**
     * The parts of {@code idsPerPart} ids that hold a public article, and when the collection last
     * changed: one statement and one query of the index.
     */
    public Parts parts(int idsPerPart) {
        Instant changed = jdbc.sql("select changed_at from collection_version")
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        List<Part> parts = index.reading(reading -> reading.lastChangePerPart(idsPerPart)).entrySet().stream()
                .map(part -> new Part(part.getKey(), part.getValue()))
                .toList();
        return new Parts(changed, parts);
    }

    /**
     * The public articles of part {@code number} (of {@code idsPerPart} ids), in id order, handed to
     * {@code sink} a chunk at a time from one view of the index; returns how many there were.
     */
    public long forEachArticle(long number, int idsPerPart, Consumer<ArticleChange> sink) {
        long first = (number - 1) * idsPerPart + 1;
        Query part = LongPoint.newRangeQuery(Fields.ID, first, first + idsPerPart - 1);
        return index.reading(reading -> {
            long count = 0;
            FieldDoc after = null;
            while (true) {
                ScoreDoc[] hits = reading.search(part, CHUNK, BY_ID, after).scoreDocs;
                for (IndexedArticle article : reading.stored(hits, IndexedArticle.SITEMAP)) {
                    sink.accept(new ArticleChange(article.slug(), article.lastChanged()));
                }
                count += hits.length;
                if (hits.length < CHUNK) {
                    return count;
                }
                after = (FieldDoc) hits[hits.length - 1];
            }
        });
    }
}
