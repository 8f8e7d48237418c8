package org.nkrtimeline.index;

import java.util.Map;

/** The counts of one set of matches: how many, and how many have each topic, entity and day. */
public interface MatchCounts {

    long total();

    /** How many matches have each value of a facet dimension; a value none has is absent. */
    Map<String, Long> perFacet(String dimension);

    /**
     * The {@code n} values of a facet dimension that most matches have, most first, then in the order
     * of their labels; only values some match has.
     */
    Map<String, Long> top(String dimension, int n);

    /**
     * @param values  how many values of a single-valued dimension the matches have between them
     * @param matches how many matches have a value
     */
    record Spread(long values, long matches) {}

    /** How the matches spread over a single-valued facet dimension ({@link Fields#EVENT}). */
    Spread spread(String dimension);

    /** How many matches have one value of a facet dimension. */
    long count(String dimension, String label);

    /**
     * How many matches fall on each day of {@code field}, in ascending order of the days (the undated
     * last, under {@link Long#MAX_VALUE}).
     */
    Map<Long, Long> perDay(DateField field);
}
