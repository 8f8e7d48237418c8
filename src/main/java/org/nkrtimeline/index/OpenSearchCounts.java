package org.nkrtimeline.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkrtimeline.collection.EntityKind;

/**
 * The counts of one set of matches in the OpenSearch index, from one request's aggregations: terms
 * aggregations for the topics and each kind of entity (exact: the index has one shard), the events'
 * cardinality, and per day a histogram of each date's key.
 */
final class OpenSearchCounts implements MatchCounts {

    /** The events' ids are counted exactly up to this many (OpenSearch's largest precision threshold). */
    static final int EXACT_EVENTS = 40_000;

    /** The values of a facet dimension a count holds at most: more than a page ranks or chooses from. */
    private static final int FACET_VALUES = 10_000;

    /** The key of the estimated event dates' days in {@link Counted#days}. */
    static final String ESTIMATED = "estimated";

    /**
     * @param facets by dimension of the read index ({@link Fields#TOPIC}, {@link Fields#entityDimension}),
     *     the matches per value
     * @param days   by {@link DateField} name (and {@link #ESTIMATED}), the matches per epoch day in
     *     ascending order, the undated last under {@link Long#MAX_VALUE}
     */
    record Counted(
            long total, Map<String, Map<String, Long>> facets, Spread events, Map<String, Map<Long, Long>> days) {}

    private final Counted counted;

    OpenSearchCounts(Counted counted) {
        this.counted = counted;
    }

    static List<String> dimensions() {
        List<String> dimensions = new ArrayList<>();
        dimensions.add(Fields.TOPIC);
        for (EntityKind kind : EntityKind.values()) {
            dimensions.add(Fields.entityDimension(kind));
        }
        return dimensions;
    }

    /** The aggregations of a count; with the estimated event dates' days if {@code withEstimated}. */
    static ObjectNode aggregations(ObjectMapper json, boolean withEstimated) {
        ObjectNode aggs = json.createObjectNode();
        for (String dimension : dimensions()) {
            aggs.putObject(dimension)
                    .putObject("terms")
                    .put("field", OpenSearchQueries.field(dimension))
                    .put("size", FACET_VALUES);
        }
        aggs.putObject("events")
                .putObject("cardinality")
                .put("field", "event_id")
                .put("precision_threshold", EXACT_EVENTS);
        aggs.putObject("reports").putObject("value_count").put("field", "event_id");
        for (DateField field : DateField.values()) {
            days(aggs, field.name(), field, null);
        }
        if (withEstimated) {
            days(aggs, ESTIMATED, DateField.EVENT, "event_estimated");
        }
        return aggs;
    }

    /** Per day of {@code field} (the undated apart), of the matches that have {@code only} if not null. */
    private static void days(ObjectNode aggs, String name, DateField field, String only) {
        String key = field.lastWhenAscending();
        ObjectNode perDay = aggs.putObject(name);
        ArrayNode dated = perDay.putObject("filter").putObject("bool").putArray("filter");
        dated.addObject().putObject("range").putObject(key).put("lt", Long.MAX_VALUE);
        if (only != null) {
            dated.addObject().putObject("term").put(only, true);
        }
        perDay.putObject("aggs")
                .putObject("days")
                .putObject("histogram")
                .put("field", key)
                .put("interval", 1)
                .put("min_doc_count", 1);
        if (only == null) {
            aggs.putObject(name + "_undated")
                    .putObject("filter")
                    .putObject("term")
                    .put(key, Long.MAX_VALUE);
        }
    }

    static Counted parse(JsonNode answer) {
        JsonNode aggs = answer.path("aggregations");
        Map<String, Map<String, Long>> facets = new HashMap<>();
        for (String dimension : dimensions()) {
            Map<String, Long> counts = new HashMap<>();
            aggs.path(dimension)
                    .path("buckets")
                    .forEach(bucket -> counts.put(
                            bucket.path("key").asText(),
                            bucket.path("doc_count").asLong()));
            facets.put(dimension, counts);
        }
        Map<String, Map<Long, Long>> days = new HashMap<>();
        for (String name : List.of(DateField.EVENT.name(), DateField.PUBLISHED.name(), ESTIMATED)) {
            if (!aggs.has(name)) {
                continue;
            }
            Map<Long, Long> perDay = new LinkedHashMap<>();
            aggs.path(name)
                    .path("days")
                    .path("buckets")
                    .forEach(bucket -> perDay.put(
                            (long) bucket.path("key").asDouble(),
                            bucket.path("doc_count").asLong()));
            long undated = aggs.path(name + "_undated").path("doc_count").asLong();
            if (undated > 0) {
                perDay.put(Long.MAX_VALUE, undated);
            }
            days.put(name, perDay);
        }
        return new Counted(
                answer.path("hits").path("total").path("value").asLong(),
                facets,
                new Spread(
                        aggs.path("events").path("value").asLong(),
                        aggs.path("reports").path("value").asLong()),
                days);
    }

    @Override
    public long total() {
        return counted.total();
    }

    @Override
    public Map<String, Long> perFacet(String dimension) {
        return counted.facets().getOrDefault(dimension, Map.of());
    }

    @Override
    public Map<String, Long> top(String dimension, int n) {
        return LuceneMatchCounts.top(perFacet(dimension), n);
    }

    @Override
    public Spread spread(String dimension) {
        if (!dimension.equals(Fields.EVENT)) {
            throw new IllegalArgumentException("only the events' spread is counted, not " + dimension + "'s");
        }
        return counted.events();
    }

    @Override
    public long count(String dimension, String label) {
        return perFacet(dimension).getOrDefault(label, 0L);
    }

    @Override
    public Map<Long, Long> perDay(DateField field) {
        return counted.days().get(field.name());
    }
}
