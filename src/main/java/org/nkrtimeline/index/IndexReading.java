package org.nkrtimeline.index;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;

/**
 * What the timeline's pages read of the index, for the whole of one page: the read index of this
 * instance ({@link LuceneReading}) or the cluster's ({@link OpenSearchReading}), as configured
 * (docs/search.md, "Pages read from OpenSearch"). Queries and sorts are Lucene's objects, built in one
 * place ({@code timeline.TimelineQuery}) whichever index runs them. Each query is timed
 * ({@link IndexTiming}).
 */
public interface IndexReading {

    /** The articles in the index: those readers may see. */
    int articles();

    int count(Query query);

    /** The first {@code n} matches in {@code sort}'s order after {@code after} (null: from the start). */
    TopFieldDocs search(Query query, int n, Sort sort, FieldDoc after);

    /** The counts of {@code query}'s matches. */
    MatchCounts countMatches(Query query);

    /**
     * For each hit, in order, its value of the numeric {@code field} (such as {@link Fields#EVENT});
     * {@code absent} where it has none.
     */
    long[] numbers(ScoreDoc[] hits, String field, long absent);

    /**
     * The stored fields {@code fields} of each hit, in order, as articles: those of a list
     * ({@link IndexedArticle#LISTED}) or of a sitemap ({@link IndexedArticle#SITEMAP}) from either index.
     */
    List<IndexedArticle> stored(ScoreDoc[] hits, Set<String> fields);

    /** For each hit, in order, the slugs of the entities its article mentions. */
    List<Set<String>> entitySlugs(ScoreDoc[] hits);

    /** For each hit, in order, its snippet with the search's matches marked; null where its body has none. */
    List<String> snippets(Marks marks, ScoreDoc[] hits);

    /** The body of each hit, in order. */
    List<String> bodies(ScoreDoc[] hits);

    /**
     * How many articles there are on each day of {@code field} (the undated under
     * {@link Long#MAX_VALUE}), by epoch day in ascending order, the undated last; only those with an
     * estimated event date if {@code estimatedOnly} (for the event date).
     */
    Map<Long, Long> allPerDay(DateField field, boolean estimatedOnly);

    /**
     * How many articles have each value of a facet dimension ({@link Fields#TOPIC}, or
     * {@link Fields#entityDimension}), over the whole index; a value no article has is absent.
     */
    Map<String, Long> allPerFacet(String dimension);

    /** How many articles readers may see report each of {@code events}; an event none reports is absent. */
    Map<Long, Long> reportsOf(Collection<Long> events);

    /**
     * For each part of {@code idsPerPart} consecutive ids that holds an article (part
     * {@code (id - 1) / idsPerPart + 1}), in order, the last change of its articles.
     */
    SortedMap<Long, Instant> lastChangePerPart(int idsPerPart);

    /** @param articles how many articles mention an entity; {@code mentions} how many times in all */
    record Mentions(long articles, long mentions) {}

    /**
     * How many articles readers may see mention each of the entities {@code slugs}, and how often; an
     * entity no article mentions is absent.
     */
    Map<String, Mentions> mentions(Collection<String> slugs);

    /** The timeline's entries among {@code query}'s matches when grouped by event: an event's reports are one. */
    long countEntries(Query query);

    /**
     * The entries among {@code query}'s matches ranked above the article {@code id}, whose score is
     * {@code score}: a higher score, or the same and a smaller id; grouped by event if {@code byEvent}.
     */
    long countRankedAbove(Query query, float score, long id, boolean byEvent);
}
