package org.nkrtimeline.timeline;

import java.util.List;

/**
 * The timeline's order as SQL, for keyset paging: the sort key is the axis date, the other axis's
 * date, the headline and the id. A missing date is replaced by a sentinel that sorts last in the
 * chosen direction ('infinity' oldest-first, '-infinity' newest-first), so undated articles always
 * come at the end and the key is never null. Ranked by relevance, the key is the negated rank (so
 * the best match sorts first in ascending order) and the id. Column names come from {@link Axis},
 * never from input.
 */
final class TimelineOrder {

    private final TimelineFilter filter;

    TimelineOrder(TimelineFilter filter) {
        this.filter = filter;
    }

    private boolean ascending() {
        return filter.order() != SortOrder.DESC;
    }

    private List<String> keyColumns(String alias) {
        if (filter.isRanked()) {
            return List.of(
                    "-ts_rank(%s.search_vector, %s)".formatted(alias, TimelineConditions.SEARCH_QUERY), alias + ".id");
        }
        String sentinel = ascending() ? "'infinity'::date" : "'-infinity'::date";
        return List.of(
                "coalesce(%s.%s, %s)".formatted(alias, filter.axis().column(), sentinel),
                "coalesce(%s.%s, %s)".formatted(alias, filter.axis().otherColumn(), sentinel),
                alias + ".headline",
                alias + ".id");
    }

    /** ORDER BY columns for the timeline's order, or its reverse. */
    String orderBy(String alias, boolean reversed) {
        String direction = ascending() != reversed ? " asc" : " desc";
        return String.join(
                ", ",
                keyColumns(alias).stream().map(column -> column + direction).toList());
    }

    /** A condition: the row {@code alias} comes after the article with the id parameter in timeline order. */
    String comesAfter(String alias, String idParameter) {
        return compare(alias, ascending() ? ">" : "<", idParameter);
    }

    private String compare(String alias, String operator, String idParameter) {
        return "(%s) %s (select %s from public_article k where k.id = :%s)"
                .formatted(
                        String.join(", ", keyColumns(alias)),
                        operator,
                        String.join(", ", keyColumns("k")),
                        idParameter);
    }
}
