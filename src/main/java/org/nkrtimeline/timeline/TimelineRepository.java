package org.nkrtimeline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.entity.NameVariants;
import org.nkrtimeline.index.Fields;
import org.nkrtimeline.index.IndexReading;
import org.nkrtimeline.index.IndexedArticle;
import org.nkrtimeline.index.Marks;
import org.nkrtimeline.index.MatchCounts;
import org.nkrtimeline.index.ReadIndex;
import org.nkrtimeline.overview.OverviewDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timeline's reads: entries, counts, facets and the overview from the read index
 * ({@link ReadIndex}, docs/search.md), one point-in-time view of it per page; the names of topics
 * and entities from the database, which owns them. A page runs two SQL statements and a fixed number
 * of index queries, whatever the number of articles.
 */
@Repository
public class TimelineRepository {

    private final JdbcClient jdbc;
    private final ReadIndex index;
    private final NameVariants variants;

    TimelineRepository(JdbcClient jdbc, ReadIndex index, NameVariants variants) {
        this.jdbc = jdbc;
        this.index = index;
        this.variants = variants;
    }

    /** The filter's query for the index, its search's name variants expanded (entity.NameVariants). */
    private TimelineQuery query(TimelineFilter filter) {
        return new TimelineQuery(
                filter, index.analyzer(), variants.expand(filter.query()).query());
    }

    /** Everything a timeline page shows of the collection, read from one view of the index. */
    public PageRows page(TimelineFilter requested, TimelineCursor cursor, int limit, int perKind) {
        Names names = names(requested);
        TimelineFilter filter = requested
                .withTopics(requested.topics().stream()
                        .filter(names.topics()::containsKey)
                        .toList())
                .withEntities(requested.entities().stream()
                        .filter(names.entities()::containsKey)
                        .toList());
        TimelineQuery query = query(filter);
        return index.reading(reading -> {
            List<EntryRow> rows = entries(reading, query, cursor, limit);
            MatchCounts matches = reading.countMatches(query.matching());
            // On the first page none comes before the first shown.
            Long firstShown =
                    rows.isEmpty() || cursor.isFirstPage() ? null : rows.get(0).id();
            Counts counts = counts(reading, query, matches, firstShown);
            Facets facets = facets(reading, query, matches, names, perKind);
            return new PageRows(filter, rows, facets, counts);
        });
    }

    /** The facets of {@link #page}: every topic, and the entities most mentioned, with their counts. */
    public Facets findFacets(TimelineFilter filter, int perKind) {
        return page(filter, TimelineCursor.FIRST_PAGE, 1, perKind).facets();
    }

    /** The counts of {@link #page} when its first article is {@code firstShownId} (null: none is shown). */
    public Counts countArticles(TimelineFilter filter, Long firstShownId) {
        TimelineQuery query = query(filter);
        return index.reading(reading -> counts(reading, query, reading.countMatches(query.matching()), firstShownId));
    }

    /**
     * Up to {@code limit} ids of the articles a filter (whose slugs all exist) matches, in its date
     * order (relevance becomes oldest first), after the sort key {@code after} (null: from the start),
     * with the sort key of the last to go on from: the feed's and the exports' rows, chunk by chunk.
     */
    IdChunk ids(TimelineFilter known, FieldDoc after, int limit, boolean datedOnly) {
        TimelineQuery query = query(known.isRanked() ? known.withOrder(SortOrder.ASC) : known);
        return index.reading(reading -> {
            ScoreDoc[] hits = reading.search(
                            datedOnly ? query.matchingDated() : query.matching(), limit, query.sort(false), after)
                    .scoreDocs;
            List<Long> ids = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                // The id is the order's last key.
                ids.add((Long) ((FieldDoc) hit).fields[TimelineQuery.ID_IN_KEY]);
            }
            return new IdChunk(ids, hits.length == 0 ? null : (FieldDoc) hits[hits.length - 1]);
        });
    }

    record IdChunk(List<Long> ids, FieldDoc last) {}

    /** How many articles a filter (whose slugs all exist) matches, and how many of them are undated. */
    long[] matchingAndUndated(TimelineFilter known) {
        TimelineQuery query = query(known);
        return index.reading(
                reading -> new long[] {reading.count(query.matching()), reading.count(query.matchingUndated())});
    }

    /**
     * One page of the articles the filter matches, in timeline order (dated ones first, then the
     * undated): the first {@code limit}, or the {@code limit} right after or before the cursor's article.
     */
    public List<EntryRow> findEntries(TimelineFilter filter, TimelineCursor cursor, int limit) {
        TimelineQuery query = query(filter);
        return index.reading(reading -> entries(reading, query, cursor, limit));
    }

    private static List<EntryRow> entries(IndexReading reading, TimelineQuery query, TimelineCursor cursor, int limit) {
        FieldDoc after = null;
        if (!cursor.isFirstPage()) {
            after = key(reading, query, cursor.isBackwards() ? cursor.before() : cursor.after(), cursor.isBackwards());
            if (after == null) {
                return List.of();
            }
        }
        Marks marks = query.marks();
        ScoreDoc[] shown;
        EventCollapse.Collapsed collapsed = null;
        if (query.filter().isGroupedByEvent()) {
            collapsed = EventCollapse.read(reading, query, after, cursor.isBackwards(), limit);
            shown = collapsed.entries().toArray(ScoreDoc[]::new);
        } else {
            shown = reading.search(query.matching(), limit, query.sort(cursor.isBackwards()), after).scoreDocs;
        }
        List<IndexedArticle> articles = reading.stored(shown, IndexedArticle.LISTED);
        Map<Integer, IndexedArticle> reportsRead =
                collapsed == null ? Map.of() : reportsRead(reading, shown, articles, collapsed);
        List<String> snippets = marks == null || shown.length == 0 ? null : withFirstWords(reading, marks, shown);
        Map<Long, Long> allReports = collapsed == null
                ? Map.of()
                : reading.reportsOf(collapsed.reports().keySet());
        List<EntryRow> rows = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            IndexedArticle article = articles.get(i);
            String snippet = snippets == null ? null : snippets.get(i);
            long event = collapsed == null
                    ? EventCollapse.NO_EVENT
                    : collapsed.events().get(i);
            rows.add(new EntryRow(
                    article.id(),
                    article.slug(),
                    article.headline(),
                    article.lede(),
                    article.dates(),
                    article.topicSlugs(),
                    marks == null ? null : Highlights.parse(marks.all(article.headline())),
                    marks == null ? null : Highlights.parse(snippet),
                    event == EventCollapse.NO_EVENT
                            ? null
                            : new EventRows(
                                    event,
                                    reports(collapsed.reports().get(event), reportsRead, marks),
                                    collapsed.matchingReports().get(event),
                                    allReports.getOrDefault(event, 0L))));
        }
        if (cursor.isBackwards()) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * Each hit's snippet with the search's matches, or its first words where its body has none (the
     * match was in the headline): only those bodies are read.
     */
    private static List<String> withFirstWords(IndexReading reading, Marks marks, ScoreDoc[] shown) {
        List<String> snippets = new ArrayList<>(reading.snippets(marks, shown));
        ScoreDoc[] unmarked = java.util.stream.IntStream.range(0, shown.length)
                .filter(i -> snippets.get(i) == null)
                .mapToObj(i -> shown[i])
                .toArray(ScoreDoc[]::new);
        if (unmarked.length > 0) {
            List<String> bodies = reading.bodies(unmarked);
            for (int i = 0, next = 0; i < shown.length; i++) {
                if (snippets.get(i) == null) {
                    snippets.set(i, Marks.firstWords(bodies.get(next++)));
                }
            }
        }
        return snippets;
    }

    /**
     * The stored fields of every report listed on the page, by document: the entries' own (an event's
     * first report is its entry) and, in one more read, the others.
     */
    private static Map<Integer, IndexedArticle> reportsRead(
            IndexReading reading, ScoreDoc[] shown, List<IndexedArticle> articles, EventCollapse.Collapsed collapsed) {
        Map<Integer, IndexedArticle> byDoc = new HashMap<>();
        for (int i = 0; i < shown.length; i++) {
            byDoc.put(shown[i].doc, articles.get(i));
        }
        ScoreDoc[] others = collapsed.reports().values().stream()
                .flatMap(List::stream)
                .filter(hit -> !byDoc.containsKey(hit.doc))
                .toArray(ScoreDoc[]::new);
        List<IndexedArticle> read = reading.stored(others, IndexedArticle.LISTED);
        for (int i = 0; i < others.length; i++) {
            byDoc.put(others[i].doc, read.get(i));
        }
        return byDoc;
    }

    private static List<ReportRow> reports(List<ScoreDoc> hits, Map<Integer, IndexedArticle> read, Marks marks) {
        return hits.stream()
                .map(hit -> read.get(hit.doc))
                .map(report -> new ReportRow(
                        report.id(),
                        report.slug(),
                        report.headline(),
                        marks == null ? null : Highlights.parse(marks.all(report.headline())),
                        report.dates()))
                .toList();
    }

    /** The sort key of an article in the page's order (or its reverse); null if the index has no such article. */
    private static FieldDoc key(IndexReading reading, TimelineQuery query, long articleId, boolean reversed) {
        TopFieldDocs found =
                reading.search(query.article(articleId, query.filter().isRanked()), 1, query.sort(reversed), null);
        return found.scoreDocs.length == 0 ? null : (FieldDoc) found.scoreDocs[0];
    }

    private static Counts counts(IndexReading reading, TimelineQuery query, MatchCounts matches, Long firstShownId) {
        TimelineFilter filter = query.filter();
        long shown = matches.total();
        long undatedLeftOut = filter.hasDateRange() ? reading.count(query.undatedMatchingAllButDates()) : 0;
        long earlier = firstShownId == null ? 0 : earlier(reading, query, firstShownId);
        MatchCounts.Spread events =
                filter.isGroupedByEvent() ? matches.spread(Fields.EVENT) : new MatchCounts.Spread(0, 0);
        TimelineCounts totals = new TimelineCounts(
                reading.articles(),
                shown,
                undatedLeftOut,
                earlier,
                query.searchHasNoWords(),
                events.values(),
                events.matches());
        return new Counts(totals, days(reading, query, matches));
    }

    /** The entries before the one of the article {@code firstShownId}. */
    private static long earlier(IndexReading reading, TimelineQuery query, long firstShownId) {
        FieldDoc key = key(reading, query, firstShownId, false);
        if (key == null) {
            return 0;
        }
        boolean grouped = query.filter().isGroupedByEvent();
        if (query.filter().isRanked()) {
            return reading.countRankedAbove(query.matching(), (Float) key.fields[0], firstShownId, grouped);
        }
        Query before = new BooleanQuery.Builder()
                .add(query.matching(), Occur.MUST)
                .add(query.before(key), Occur.FILTER)
                .build();
        return grouped ? reading.countEntries(before) : reading.count(before);
    }

    /** Per day on the axis: all articles, the matching ones, the estimated ones; and the undated. */
    private static DayCounts days(IndexReading reading, TimelineQuery query, MatchCounts matches) {
        Axis axis = query.filter().axis();
        Map<Long, Long> totals = reading.allPerDay(axis.field(), false);
        DayWalk estimated = new DayWalk(axis == Axis.EVENT ? reading.allPerDay(axis.field(), true) : Map.of());
        DayWalk matching = new DayWalk(matches.perDay(axis.field()));
        List<OverviewDay> days = new ArrayList<>(totals.size());
        long undated = 0;
        for (Map.Entry<Long, Long> day : totals.entrySet()) {
            long epochDay = day.getKey();
            if (epochDay == Long.MAX_VALUE) {
                undated = day.getValue();
            } else {
                days.add(new OverviewDay(
                        LocalDate.ofEpochDay(epochDay),
                        day.getValue(),
                        matching.countOn(epochDay),
                        estimated.countOn(epochDay)));
            }
        }
        return new DayCounts(days, undated);
    }

    /**
     * Walks counts per day in ascending order of the days, the order the index gives them in
     * ({@link IndexReading#allPerDay}, {@link MatchCounts#perDay}), alongside the collection's days: looking
     * each of the 11,000 days up in a hash map was 3% of the long-tail mix's CPU at 100,000 articles.
     */
    private static final class DayWalk {
        private final Iterator<Map.Entry<Long, Long>> counts;
        private Map.Entry<Long, Long> next;

        DayWalk(Map<Long, Long> counts) {
            this.counts = counts.entrySet().iterator();
            this.next = this.counts.hasNext() ? this.counts.next() : null;
        }

        /** The count on {@code epochDay}; days must be asked for in ascending order. */
        long countOn(long epochDay) {
            while (next != null && next.getKey() < epochDay) {
                next = counts.hasNext() ? counts.next() : null;
            }
            return next != null && next.getKey() == epochDay ? next.getValue() : 0;
        }
    }

    /**
     * Every topic, with how many articles it has under the reader's other filters; and per kind the
     * entities most mentioned by the filter's articles (up to {@code perKind}, most mentioned first,
     * then by slug) plus the chosen ones. (Entities are combined with "all of", so each count is how
     * many of the current results mention it.)
     */
    private Facets facets(IndexReading reading, TimelineQuery query, MatchCounts matches, Names names, int perKind) {
        TimelineFilter filter = query.filter();
        MatchCounts sideways = filter.topics().isEmpty()
                ? matches
                : reading.countMatches(query.matching(java.util.EnumSet.of(
                        TimelineQuery.Part.DATES, TimelineQuery.Part.ENTITIES, TimelineQuery.Part.SEARCH)));
        Map<String, Long> topicCounts = sideways.perFacet(Fields.TOPIC);
        List<FacetRow> topics = names.topics().values().stream()
                .map(topic -> new FacetRow(topic.slug(), topic.name(), topicCounts.getOrDefault(topic.slug(), 0L)))
                .toList();
        Map<EntityKind, List<Map.Entry<String, Long>>> ranked = new LinkedHashMap<>();
        for (EntityKind kind : EntityKind.values()) {
            String dimension = Fields.entityDimension(kind);
            List<Map.Entry<String, Long>> shown = new ArrayList<>();
            names.entities().values().stream()
                    .filter(entity -> entity.kind() == kind)
                    .forEach(entity -> shown.add(Map.entry(entity.slug(), matches.count(dimension, entity.slug()))));
            int chosen = shown.size();
            matches.top(dimension, perKind + chosen).entrySet().stream()
                    .filter(entry -> !filter.hasEntity(entry.getKey()))
                    .limit(Math.max(0, perKind - chosen))
                    .forEach(shown::add);
            ranked.put(kind, shown);
        }
        Map<String, EntityName> entityNames = entityNames(ranked.values().stream()
                .flatMap(List::stream)
                .map(Map.Entry::getKey)
                .toList());
        List<EntityFacetRow> entities = new ArrayList<>();
        ranked.forEach((kind, shown) -> shown.stream()
                .filter(entry -> entityNames.containsKey(entry.getKey()))
                .forEach(entry -> entities.add(new EntityFacetRow(
                        entry.getKey(), entityNames.get(entry.getKey()).name(), kind, entry.getValue()))));
        return new Facets(topics, entities);
    }

    /** Every topic in taxonomy order, and the chosen entities that exist: one statement. */
    private Names names(TimelineFilter requested) {
        Map<String, FacetRow> topics = new LinkedHashMap<>();
        Map<String, EntityName> entities = new LinkedHashMap<>();
        jdbc.sql("""
                        select 'TOPIC' as facet, slug, name, null as kind, position from topic
                        union all
                        select 'ENTITY', slug, name, kind, 0 from entity where slug = any(:chosen)
                        order by facet desc, position""")
                .param("chosen", requested.entities().toArray(String[]::new))
                .query(rs -> {
                    if (rs.getString("facet").equals("TOPIC")) {
                        topics.put(rs.getString("slug"), new FacetRow(rs.getString("slug"), rs.getString("name"), 0));
                    } else {
                        entities.put(
                                rs.getString("slug"),
                                new EntityName(
                                        rs.getString("slug"),
                                        rs.getString("name"),
                                        EntityKind.valueOf(rs.getString("kind"))));
                    }
                });
        return new Names(topics, entities);
    }

    /** The names of the entities a page's facets show: one statement, run even for none. */
    private Map<String, EntityName> entityNames(List<String> slugs) {
        return jdbc
                .sql("select slug, name, kind from entity where slug = any(:slugs)")
                .param("slugs", slugs.toArray(String[]::new))
                .query((rs, n) -> new EntityName(
                        rs.getString("slug"), rs.getString("name"), EntityKind.valueOf(rs.getString("kind"))))
                .list()
                .stream()
                .collect(Collectors.toMap(EntityName::slug, name -> name));
    }

    private record EntityName(String slug, String name, EntityKind kind) {}

    private record Names(Map<String, FacetRow> topics, Map<String, EntityName> entities) {}

    /**
     * An article's place in the reader's filtered timeline, and its texts marked by the reader's
     * search: the articles either side of it, and the article {@code contextBefore + 1} places
     * before it, after which a timeline page showing it with some context starts (none if the filter
     * excludes the article); and each of {@code texts} with every match of the search marked, null
     * without a search. Empty for an article readers may not see: a hidden one has no place in any
     * reader's timeline, and the page an editor sees of it has neither neighbours nor marks.
     */
    public Optional<PlaceInTimeline> findPlace(
            TimelineFilter filter, long articleId, int contextBefore, List<String> texts) {
        TimelineQuery query = query(filter);
        return index.reading(reading -> {
            if (reading.count(query.article(articleId, false)) == 0) {
                return Optional.empty();
            }
            Marks marks = query.marks();
            List<Highlighted> marked = marks == null
                    ? null
                    : texts.stream()
                            .map(text -> Highlights.parse(marks.all(text)))
                            .toList();
            FieldDoc key = key(reading, query, articleId, false);
            boolean shown = key != null
                    && reading.count(new BooleanQuery.Builder()
                                    .add(query.matching(), Occur.MUST)
                                    .add(query.article(articleId, false), Occur.FILTER)
                                    .build())
                            > 0;
            if (!shown) {
                return Optional.of(new PlaceInTimeline(Neighbours.NONE, marked));
            }
            List<IndexedArticle> before = neighbours(reading, query, key, true, contextBefore + 1);
            List<IndexedArticle> after = neighbours(reading, query, key, false, 1);
            // Grouped by event, the article is under its event's entry, which stands where the event's
            // first matching report does: the page to return to is placed around that one.
            long event = query.filter().isGroupedByEvent()
                    ? reading.numbers(new ScoreDoc[] {key}, Fields.EVENT, EventCollapse.NO_EVENT)[0]
                    : EventCollapse.NO_EVENT;
            FieldDoc entryKey = event == EventCollapse.NO_EVENT ? key : firstReport(reading, query, event);
            List<IndexedArticle> returnBefore =
                    entryKey.doc == key.doc ? before : neighbours(reading, query, entryKey, true, contextBefore + 1);
            return Optional.of(new PlaceInTimeline(
                    new Neighbours(
                            before.isEmpty() ? null : link(before.get(0)),
                            after.isEmpty() ? null : link(after.get(0)),
                            returnBefore.size() == contextBefore + 1
                                    ? returnBefore.get(contextBefore).id()
                                    : null,
                            event != EventCollapse.NO_EVENT),
                    marked));
        });
    }

    /** The sort key of an event's first matching report: where its entry stands. */
    private static FieldDoc firstReport(IndexReading reading, TimelineQuery query, long event) {
        Query reports = new BooleanQuery.Builder()
                .add(query.matching(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.EVENT, Fields.eventTerm(event))), Occur.FILTER)
                .build();
        return (FieldDoc) reading.search(reports, 1, query.sort(false), null).scoreDocs[0];
    }

    private static List<IndexedArticle> neighbours(
            IndexReading reading, TimelineQuery query, FieldDoc key, boolean before, int n) {
        ScoreDoc[] hits = reading.search(query.matching(), n, query.sort(before), key).scoreDocs;
        return reading.stored(hits, IndexedArticle.LINKED);
    }

    private static Neighbours.TimelineLink link(IndexedArticle article) {
        return new Neighbours.TimelineLink(article.id(), article.slug(), article.headline());
    }

    /**
     * @param highlightedHeadline the headline with the search's matches marked; null without a search
     * @param snippet             the passages of the body that best match the search; null without one
     * @param event               the event the entry stands for, grouped by event; null for an article
     *                            on its own, and in the view of one entry per article
     */
    public record EntryRow(
            long id,
            String slug,
            String headline,
            String lede,
            ArticleDates dates,
            List<String> topicSlugs,
            Highlighted highlightedHeadline,
            Highlighted snippet,
            EventRows event) {}

    /**
     * An entry's event, grouped by event: its id (its slug, title and dates are the database's), its first
     * matching reports in timeline order (at most {@link EventCollapse#REPORTS_LISTED}), how many of its
     * reports match, and how many readers may see.
     */
    public record EventRows(long id, List<ReportRow> reports, long matching, long all) {}

    /** A report listed under its event's entry. */
    public record ReportRow(
            long id, String slug, String headline, Highlighted highlightedHeadline, ArticleDates dates) {}

    /** @param filter the filter without the topics and entities that do not exist */
    public record PageRows(TimelineFilter filter, List<EntryRow> entries, Facets facets, Counts counts) {}

    /** @param marked the article's texts with the search's matches marked; null without a search */
    public record PlaceInTimeline(Neighbours neighbours, List<Highlighted> marked) {}

    public record EntityFacetRow(String slug, String name, EntityKind kind, long count) {}

    /** @param undated articles without a date on the axis, which the overview cannot place */
    public record DayCounts(List<OverviewDay> days, long undated) {}

    public record Facets(List<FacetRow> topics, List<EntityFacetRow> entities) {}

    /** @param totals the page's counts; {@code days} the overview's */
    public record Counts(TimelineCounts totals, DayCounts days) {}

    public record FacetRow(String slug, String name, long count) {}
}
