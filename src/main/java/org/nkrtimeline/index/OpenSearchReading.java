package org.nkrtimeline.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.index.OpenSearchCounts.Counted;

/**
 * The timeline's reads of one page from the OpenSearch index (docs/search.md, "Pages read from
 * OpenSearch"): each is one search request, its query said by {@link OpenSearchQueries}. A hit carries
 * what a list shows of its article (its {@code _source} without the body), so that listing the hits
 * asks nothing more. The whole collection's counts are read when first asked for, or kept from an
 * earlier page of the same version of the index ({@link OpenSearchReads}).
 */
final class OpenSearchReading implements IndexReading {

    /** What a hit's source leaves out: what no list shows. */
    private static final List<String> NOT_LISTED = List.of("body", "mentions", "people", "places", "organisations");

    private final OpenSearchSearches searches;
    private final ObjectMapper json;
    private final KeptCounts kept;
    private Counted whole;

    /** Where the whole collection's counts come from: read by {@code read}, or kept from an earlier page. */
    interface KeptCounts {
        Counted get(Supplier<Counted> read);
    }

    OpenSearchReading(OpenSearchSearches searches, ObjectMapper json, KeptCounts kept) {
        this.searches = searches;
        this.json = json;
        this.kept = kept;
    }

    /** A hit: its article's id as its document number, its sort key, and what a list shows of it. */
    static final class Hit extends FieldDoc {
        final JsonNode source;

        Hit(long id, float score, Object[] key, JsonNode source) {
            super(Math.toIntExact(id), score, key);
            this.source = source;
        }
    }

    @Override
    public int articles() {
        return Math.toIntExact(whole().total());
    }

    @Override
    public int count(Query query) {
        ObjectNode body = json.createObjectNode();
        body.set("query", OpenSearchQueries.query(query));
        return searches.count(body);
    }

    @Override
    public TopFieldDocs search(Query query, int n, Sort sort, FieldDoc after) {
        ObjectNode body = json.createObjectNode();
        body.set("query", OpenSearchQueries.query(query));
        body.put("size", n);
        body.put("track_total_hits", false);
        body.set("sort", OpenSearchQueries.sort(sort));
        if (after != null) {
            body.set("search_after", OpenSearchQueries.after(after));
        }
        body.putObject("_source").set("excludes", json.valueToTree(NOT_LISTED));
        JsonNode hits = searches.search(body).path("hits").path("hits");
        SortField[] fields = sort.getSort();
        ScoreDoc[] found = new ScoreDoc[hits.size()];
        for (int i = 0; i < found.length; i++) {
            JsonNode hit = hits.get(i);
            JsonNode values = hit.path("sort");
            Object[] key = new Object[fields.length];
            float score = Float.NaN;
            for (int f = 0; f < fields.length; f++) {
                if (fields[f].getType() == SortField.Type.SCORE) {
                    score = values.get(f).floatValue();
                    key[f] = score;
                } else {
                    key[f] = values.get(f).longValue();
                }
            }
            found[i] = new Hit(hit.path("_source").path("id").asLong(), score, key, hit.path("_source"));
        }
        return new TopFieldDocs(
                new TotalHits(found.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), found, fields);
    }

    /** The counts of every article are the whole collection's, kept from an earlier page if they can be. */
    @Override
    public MatchCounts countMatches(Query query) {
        return new OpenSearchCounts(query instanceof MatchAllDocsQuery ? whole() : counted(query, false));
    }

    @Override
    public long[] numbers(ScoreDoc[] hits, String field, long absent) {
        String name = OpenSearchQueries.field(field);
        long[] values = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            JsonNode value = hit(hits[i]).source.path(name);
            values[i] = value.isNumber() ? value.longValue() : absent;
        }
        return values;
    }

    @Override
    public List<IndexedArticle> stored(ScoreDoc[] hits, Set<String> fields) {
        if (!IndexedArticle.LISTED.containsAll(fields) && !IndexedArticle.SITEMAP.containsAll(fields)) {
            throw new IllegalArgumentException("only what a list or a sitemap shows is read from OpenSearch's hits");
        }
        List<IndexedArticle> articles = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            articles.add(listed(hit(hit).source));
        }
        return articles;
    }

    @Override
    public List<Set<String>> entitySlugs(ScoreDoc[] hits) {
        List<Set<String>> slugs = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            Set<String> entities = new HashSet<>();
            hit(hit).source.path("entities").forEach(entity -> entities.add(entity.asText()));
            slugs.add(entities);
        }
        return slugs;
    }

    /**
     * Up to two passages of each body around its best matches, marked by OpenSearch's unified
     * highlighter (from the body's term vectors) with the private-use marks of {@link Marks}.
     */
    @Override
    public List<String> snippets(Marks marks, ScoreDoc[] hits) {
        ObjectNode body = byIds(hits);
        body.put("_source", false);
        ObjectNode highlight = body.putObject("highlight");
        highlight.set("highlight_query", OpenSearchQueries.query(marks.query()));
        ObjectNode fragments = highlight.putObject("fields").putObject("body");
        fragments
                .put("type", "unified")
                .put("fragment_size", Marks.PASSAGE_CHARS)
                .put("number_of_fragments", Marks.PASSAGES)
                .put("no_match_size", 0);
        fragments.putArray("pre_tags").add(String.valueOf(Marks.START));
        fragments.putArray("post_tags").add(String.valueOf(Marks.STOP));
        Map<String, String> byId = new HashMap<>();
        for (JsonNode hit : searches.search(body).path("hits").path("hits")) {
            List<String> passages = new ArrayList<>();
            hit.path("highlight")
                    .path("body")
                    .forEach(passage -> passages.add(passage.asText().strip()));
            if (!passages.isEmpty()) {
                byId.put(hit.path("_id").asText(), String.join(Marks.PASSAGE_SEPARATOR, passages));
            }
        }
        List<String> snippets = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            snippets.add(byId.get(Long.toString(hit.doc)));
        }
        return snippets;
    }

    @Override
    public List<String> bodies(ScoreDoc[] hits) {
        ObjectNode body = byIds(hits);
        body.putObject("_source").putArray("includes").add("body");
        Map<String, String> byId = new HashMap<>();
        for (JsonNode hit : searches.search(body).path("hits").path("hits")) {
            byId.put(hit.path("_id").asText(), hit.path("_source").path("body").asText());
        }
        List<String> bodies = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            bodies.add(byId.get(Long.toString(hit.doc)));
        }
        return bodies;
    }

    @Override
    public Map<Long, Long> allPerDay(DateField field, boolean estimatedOnly) {
        return whole().days().get(estimatedOnly ? OpenSearchCounts.ESTIMATED : field.name());
    }

    @Override
    public Map<String, Long> allPerFacet(String dimension) {
        return whole().facets().getOrDefault(dimension, Map.of());
    }

    @Override
    public Map<Long, Long> reportsOf(Collection<Long> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        ObjectNode body = json.createObjectNode();
        body.put("size", 0);
        body.putObject("query").putObject("terms").set("event_id", json.valueToTree(events));
        body.putObject("aggs")
                .putObject("reports")
                .putObject("terms")
                .put("field", "event_id")
                .put("size", events.size());
        Map<Long, Long> reports = new HashMap<>();
        for (JsonNode bucket :
                searches.search(body).path("aggregations").path("reports").path("buckets")) {
            reports.put(bucket.path("key").asLong(), bucket.path("doc_count").asLong());
        }
        return reports;
    }

    /**
     * A histogram of the ids, one bucket per part, each with its latest article's last change (from
     * its source: the date field keeps milliseconds, the source the database's microseconds).
     */
    @Override
    public SortedMap<Long, Instant> lastChangePerPart(int idsPerPart) {
        ObjectNode body = json.createObjectNode();
        body.put("size", 0);
        ObjectNode parts = body.putObject("aggs").putObject("parts");
        parts.putObject("histogram")
                .put("field", "id")
                .put("interval", idsPerPart)
                .put("offset", 1)
                .put("min_doc_count", 1);
        ObjectNode latest = parts.putObject("aggs").putObject("latest").putObject("top_hits");
        latest.put("size", 1);
        latest.putArray("sort").addObject().putObject("last_changed").put("order", "desc");
        latest.putObject("_source").putArray("includes").add("last_changed");
        SortedMap<Long, Instant> lastChanges = new TreeMap<>();
        for (JsonNode bucket :
                searches.search(body).path("aggregations").path("parts").path("buckets")) {
            long part = ((long) bucket.path("key").asDouble() - 1) / idsPerPart + 1;
            JsonNode changed = bucket.path("latest")
                    .path("hits")
                    .path("hits")
                    .path(0)
                    .path("_source")
                    .path("last_changed");
            lastChanges.put(part, Instant.parse(changed.asText()));
        }
        return lastChanges;
    }

    /**
     * From the articles' nested mention counts: per entity, the mentions counted at least once (as the
     * read index's postings hold them), how many (one per article) and their sum.
     */
    @Override
    public Map<String, Mentions> mentions(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        ObjectNode body = json.createObjectNode();
        body.put("size", 0);
        ObjectNode counted = body.putObject("aggs").putObject("mentions");
        counted.putObject("nested").put("path", "mentions");
        ObjectNode some = counted.putObject("aggs").putObject("some");
        ArrayNode filters = some.putObject("filter").putObject("bool").putArray("filter");
        filters.addObject().putObject("terms").set("mentions.entity", json.valueToTree(slugs));
        filters.addObject().putObject("range").putObject("mentions.count").put("gte", 1);
        ObjectNode entity = some.putObject("aggs").putObject("entity");
        entity.putObject("terms").put("field", "mentions.entity").put("size", slugs.size());
        entity.putObject("aggs").putObject("times").putObject("sum").put("field", "mentions.count");
        Map<String, Mentions> mentions = new HashMap<>();
        JsonNode buckets = searches.search(body)
                .path("aggregations")
                .path("mentions")
                .path("some")
                .path("entity")
                .path("buckets");
        for (JsonNode bucket : buckets) {
            mentions.put(
                    bucket.path("key").asText(),
                    new Mentions(
                            bucket.path("doc_count").asLong(),
                            bucket.path("times").path("value").asLong()));
        }
        return mentions;
    }

    /** The matches without an event, and the events of the others (counted exactly below 40,000). */
    @Override
    public long countEntries(Query query) {
        ObjectNode body = json.createObjectNode();
        body.set("query", OpenSearchQueries.query(query));
        body.put("size", 0);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("alone").putObject("missing").put("field", "event_id");
        aggs.putObject("events")
                .putObject("cardinality")
                .put("field", "event_id")
                .put("precision_threshold", OpenSearchCounts.EXACT_EVENTS);
        JsonNode answer = searches.search(body).path("aggregations");
        return answer.path("alone").path("doc_count").asLong()
                + answer.path("events").path("value").asLong();
    }

    /**
     * OpenSearch keeps the hits scoring at least a minimum: those above the article's score, and those
     * with its score and a smaller id (scoring at least its score, less those scoring above it).
     */
    @Override
    public long countRankedAbove(Query query, float score, long id, boolean byEvent) {
        Query smallerIds = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(LongPoint.newRangeQuery(Fields.ID, Long.MIN_VALUE, id - 1), Occur.FILTER)
                .build();
        float above = Math.nextUp(score);
        Entries higher = entries(query, above);
        Entries sameOrHigherBefore = entries(smallerIds, score);
        Entries higherBefore = entries(smallerIds, above);
        if (!byEvent) {
            return higher.matches + sameOrHigherBefore.matches - higherBefore.matches;
        }
        Set<Long> events = new HashSet<>(higher.events.keySet());
        sameOrHigherBefore.events.forEach((event, reports) -> {
            if (reports > higherBefore.events.getOrDefault(event, 0L)) {
                events.add(event);
            }
        });
        return higher.alone + sameOrHigherBefore.alone - higherBefore.alone + events.size();
    }

    /** The matches scoring at least a minimum: how many, how many report no event, and each event's. */
    private record Entries(long matches, long alone, Map<Long, Long> events) {}

    private Entries entries(Query query, float minScore) {
        ObjectNode body = json.createObjectNode();
        body.set("query", OpenSearchQueries.query(query));
        body.put("size", 0);
        body.put("track_total_hits", true);
        body.put("min_score", minScore);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("alone").putObject("missing").put("field", "event_id");
        aggs.putObject("events").putObject("terms").put("field", "event_id").put("size", OpenSearchCounts.EXACT_EVENTS);
        JsonNode answer = searches.search(body);
        Map<Long, Long> events = new HashMap<>();
        for (JsonNode bucket : answer.path("aggregations").path("events").path("buckets")) {
            events.put(bucket.path("key").asLong(), bucket.path("doc_count").asLong());
        }
        return new Entries(
                answer.path("hits").path("total").path("value").asLong(),
                answer.path("aggregations").path("alone").path("doc_count").asLong(),
                events);
    }

    private Counted whole() {
        if (whole == null) {
            whole = kept.get(() -> counted(null, true));
        }
        return whole;
    }

    /** The counts of a query's matches (null: every article) in one request of aggregations. */
    private Counted counted(Query query, boolean withEstimated) {
        ObjectNode body = json.createObjectNode();
        if (query != null) {
            body.set("query", OpenSearchQueries.query(query));
        }
        body.put("size", 0);
        body.put("track_total_hits", true);
        body.set("aggs", OpenSearchCounts.aggregations(json, withEstimated));
        return OpenSearchCounts.parse(searches.search(body));
    }

    private ObjectNode byIds(ScoreDoc[] hits) {
        ObjectNode body = json.createObjectNode();
        ArrayNode ids = body.putObject("query").putObject("ids").putArray("values");
        for (ScoreDoc hit : hits) {
            ids.add(Long.toString(hit.doc));
        }
        body.put("size", hits.length);
        return body;
    }

    private static Hit hit(ScoreDoc hit) {
        if (hit instanceof Hit read) {
            return read;
        }
        throw new IllegalArgumentException("not a hit of OpenSearch: " + hit);
    }

    /** What a list shows of an article, from a hit's source ({@link OpenSearchIndex#document}). */
    private static IndexedArticle listed(JsonNode source) {
        ArticleDates dates = new ArticleDates(
                day(source.path("event_date")),
                source.path("event_precision").isTextual()
                        ? DatePrecision.valueOf(source.path("event_precision").asText())
                        : null,
                source.path("event_estimated").asBoolean(),
                text(source.path("event_note")),
                text(source.path("event_source_url")),
                day(source.path("published_date")),
                text(source.path("published_note")),
                source.path("event_scheduled").asBoolean());
        List<String> topics = new ArrayList<>();
        source.path("topics").forEach(topic -> topics.add(topic.asText()));
        return new IndexedArticle(
                source.path("id").asLong(),
                source.path("slug").asText(),
                source.path("headline").asText(),
                text(source.path("lede")),
                null,
                dates,
                source.path("last_changed").isTextual()
                        ? Instant.parse(source.path("last_changed").asText())
                        : null,
                topics,
                List.of(),
                source.path("event_id").isNumber() ? source.path("event_id").asLong() : null);
    }

    private static LocalDate day(JsonNode value) {
        return value.isTextual() ? LocalDate.parse(value.asText()) : null;
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }
}
