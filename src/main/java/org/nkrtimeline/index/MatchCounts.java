package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * The counts of one set of matches: how many, and how many have each topic, entity and day. Counted
 * in one pass over the matches, each kind of count when first asked for; for every article, the
 * counts the view of the index made once ({@link IndexReading#countMatches}).
 */
public final class MatchCounts {

    private final long total;
    /** The matches; null for every article, whose counts the view holds. */
    private final FacetsCollector hits;

    private final IndexReading reading;
    private SortedSetDocValuesFacetCounts facets;

    MatchCounts(long total, FacetsCollector hits, IndexReading reading) {
        this.total = total;
        this.hits = hits;
        this.reading = reading;
    }

    public long total() {
        return total;
    }

    /** How many matches have each value of a facet dimension; a value none has is absent. */
    public Map<String, Long> perFacet(String dimension) {
        if (hits == null) {
            return reading.allPerFacet(dimension);
        }
        if (reading.facetState() == null || reading.facetState().getOrdRange(dimension) == null) {
            return Map.of();
        }
        try {
            Map<String, Long> counts = new HashMap<>();
            FacetResult result = facets().getAllChildren(dimension);
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    counts.put(value.label, value.value.longValue());
                }
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code n} values of a facet dimension that most matches have, most first, then in the order
     * of their labels; only values some match has.
     */
    public Map<String, Long> top(String dimension, int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        if (hits == null) {
            reading.allPerFacet(dimension).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(n)
                    .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
            return top;
        }
        if (n == 0 || reading.facetState() == null || reading.facetState().getOrdRange(dimension) == null) {
            return top;
        }
        try {
            // Lucene breaks ties by ordinal, which is the labels' order.
            FacetResult result = facets().getTopChildren(n, dimension);
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    top.put(value.label, value.value.longValue());
                }
            }
            return top;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param values  how many values of a single-valued dimension the matches have between them
     * @param matches how many matches have a value
     */
    public record Spread(long values, long matches) {}

    /** How the matches spread over a single-valued facet dimension ({@link Fields#EVENT}). */
    public Spread spread(String dimension) {
        if (hits == null) {
            long[] all = reading.allSpread(dimension);
            return new Spread(all[0], all[1]);
        }
        if (reading.facetState() == null || reading.facetState().getOrdRange(dimension) == null) {
            return new Spread(0, 0);
        }
        try {
            // The dimension's value is the sum of its values' counts; childCount, how many have one.
            FacetResult result = facets().getTopChildren(1, dimension);
            return result == null ? new Spread(0, 0) : new Spread(result.childCount, result.value.longValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many matches have one value of a facet dimension. */
    public long count(String dimension, String label) {
        if (hits == null) {
            return reading.allPerFacet(dimension).getOrDefault(label, 0L);
        }
        if (reading.facetState() == null || reading.facetState().getOrdRange(dimension) == null) {
            return 0;
        }
        try {
            Number count = facets().getSpecificValue(dimension, label);
            return count == null ? 0 : Math.max(0, count.longValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SortedSetDocValuesFacetCounts facets() throws IOException {
        if (facets == null) {
            facets = new SortedSetDocValuesFacetCounts(reading.facetState(), hits);
        }
        return facets;
    }

    /**
     * How many matches fall on each day of {@code field}, in ascending order of the days (the undated
     * last, under {@link Long#MAX_VALUE}).
     */
    public Map<Long, Long> perDay(DateField field) {
        return hits == null ? reading.allPerDay(field, false) : IndexReading.perValue(field.lastWhenAscending(), hits);
    }
}
