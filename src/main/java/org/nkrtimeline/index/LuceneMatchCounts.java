package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * The counts of one set of matches: how many, and how many have each topic, entity and day. Counted
 * in one pass, each kind of count when first asked for; for every article, the counts the view of the
 * index made once ({@link LuceneReading#countMatches}). When the matches are more than 95% of the
 * articles (a word in nearly every article), the articles that do not match are counted instead and
 * taken from the view's counts of every article: at a million articles counting the matches of such a
 * word was a quarter of the long-tail mix's CPU. Not for fewer matches: the others then report
 * thousands of events, and the events' spread reads each one's name.
 */
final class LuceneMatchCounts implements MatchCounts {

    private final long total;
    /** The matches; null for every article, whose counts the view holds. */
    private final FacetsCollector hits;

    private final LuceneReading reading;
    private final boolean byComplement;
    /** What is counted: the matches, or the articles that do not match. */
    private FacetsCollector counted;

    private SortedSetDocValuesFacetCounts facets;
    private final Map<String, Map<String, Long>> subtracted = new HashMap<>();

    LuceneMatchCounts(long total, FacetsCollector hits, LuceneReading reading) {
        this(total, hits, reading, hits != null && total > 19L * (reading.articles() - total));
    }

    /** @param byComplement whether to count the articles that do not match and subtract */
    LuceneMatchCounts(long total, FacetsCollector hits, LuceneReading reading, boolean byComplement) {
        this.total = total;
        this.hits = hits;
        this.reading = reading;
        this.byComplement = byComplement && hits != null;
    }

    @Override
    public long total() {
        return total;
    }

    /** How many matches have each value of a facet dimension; a value none has is absent. */
    @Override
    public Map<String, Long> perFacet(String dimension) {
        if (hits == null) {
            return reading.allPerFacet(dimension);
        }
        if (!hasDimension(dimension)) {
            return Map.of();
        }
        if (byComplement) {
            return subtracted(dimension);
        }
        Map<String, Long> counts = new HashMap<>();
        for (LabelAndValue value : children(dimension)) {
            counts.put(value.label, value.value.longValue());
        }
        return counts;
    }

    /**
     * The {@code n} values of a facet dimension that most matches have, most first, then in the order
     * of their labels; only values some match has.
     */
    @Override
    public Map<String, Long> top(String dimension, int n) {
        if (hits == null) {
            return top(reading.allPerFacet(dimension), n);
        }
        if (n == 0 || !hasDimension(dimension)) {
            return new LinkedHashMap<>();
        }
        if (byComplement) {
            return top(subtracted(dimension), n);
        }
        Map<String, Long> top = new LinkedHashMap<>();
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

    static Map<String, Long> top(Map<String, Long> counts, int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    /** How the matches spread over a single-valued facet dimension ({@link Fields#EVENT}). */
    @Override
    public Spread spread(String dimension) {
        if (hits == null) {
            long[] all = reading.allSpread(dimension);
            return new Spread(all[0], all[1]);
        }
        if (!hasDimension(dimension)) {
            return new Spread(0, 0);
        }
        if (byComplement) {
            // A value is gone where every article with it is left out: no map of the 20,000 events.
            Map<String, Long> all = reading.allPerFacet(dimension);
            long[] spread = reading.allSpread(dimension).clone();
            for (LabelAndValue value : children(dimension)) {
                long left = value.value.longValue();
                spread[1] -= left;
                if (left == all.getOrDefault(value.label, 0L)) {
                    spread[0]--;
                }
            }
            return new Spread(spread[0], spread[1]);
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
    @Override
    public long count(String dimension, String label) {
        if (hits == null) {
            return reading.allPerFacet(dimension).getOrDefault(label, 0L);
        }
        if (!hasDimension(dimension)) {
            return 0;
        }
        try {
            Number found = facets().getSpecificValue(dimension, label);
            long counted = found == null ? 0 : Math.max(0, found.longValue());
            return byComplement ? reading.allPerFacet(dimension).getOrDefault(label, 0L) - counted : counted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many matches fall on each day of {@code field}, in ascending order of the days (the undated
     * last, under {@link Long#MAX_VALUE}).
     */
    @Override
    public Map<Long, Long> perDay(DateField field) {
        Map<Long, Long> all = reading.allPerDay(field, false);
        if (hits == null) {
            return all;
        }
        Map<Long, Long> counts = LuceneReading.perValue(field.lastWhenAscending(), counted());
        return byComplement ? subtract(all, counts) : counts;
    }

    /** {@code all} less {@code some} (both in ascending order of the days), without the days left at 0. */
    private static Map<Long, Long> subtract(Map<Long, Long> all, Map<Long, Long> some) {
        Map<Long, Long> rest = new LinkedHashMap<>();
        Iterator<Map.Entry<Long, Long>> taken = some.entrySet().iterator();
        Map.Entry<Long, Long> next = taken.hasNext() ? taken.next() : null;
        for (Map.Entry<Long, Long> day : all.entrySet()) {
            long count = day.getValue();
            if (next != null && next.getKey().equals(day.getKey())) {
                count -= next.getValue();
                next = taken.hasNext() ? taken.next() : null;
            }
            if (count > 0) {
                rest.put(day.getKey(), count);
            }
        }
        return rest;
    }

    private Map<String, Long> subtracted(String dimension) {
        return subtracted.computeIfAbsent(dimension, d -> {
            Map<String, Long> rest = new HashMap<>(reading.allPerFacet(d));
            for (LabelAndValue value : children(d)) {
                long count = rest.getOrDefault(value.label, 0L) - value.value.longValue();
                if (count > 0) {
                    rest.put(value.label, count);
                } else {
                    rest.remove(value.label);
                }
            }
            return rest;
        });
    }

    private boolean hasDimension(String dimension) {
        return reading.facetState() != null && reading.facetState().getOrdRange(dimension) != null;
    }

    /** The counted articles' values of a dimension. */
    private LabelAndValue[] children(String dimension) {
        try {
            FacetResult result = facets().getAllChildren(dimension);
            return result == null ? new LabelAndValue[0] : result.labelValues;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SortedSetDocValuesFacetCounts facets() throws IOException {
        if (facets == null) {
            facets = new SortedSetDocValuesFacetCounts(reading.facetState(), counted());
        }
        return facets;
    }

    private FacetsCollector counted() {
        if (counted == null) {
            counted = byComplement ? reading.complementOf(hits) : hits;
        }
        return counted;
    }
}
