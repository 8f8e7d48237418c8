package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.nkrtimeline.index.DateField;
import org.nkrtimeline.index.Fields;
import org.nkrtimeline.index.Marks;
import org.nkrtimeline.index.SearchSyntax;
import org.nkrtimeline.index.ValueRange;

/**
 * The reader's filter as index queries: the one place that turns a {@link TimelineFilter} into what
 * the index matches and how it sorts. Each query picks the parts it needs (facet counts leave out the
 * facet's own part). The timeline's order is the axis date, the other axis's date, the headline and
 * the id, the undated last in either direction; ranked by relevance, the score and the id.
 */
final class TimelineQuery {

    enum Part {
        DATES,
        TOPICS,
        ENTITIES,
        SEARCH
    }

    static final Set<Part> ALL = EnumSet.allOf(Part.class);

    private final TimelineFilter filter;
    private final SearchSyntax.Search search;
    private final Analyzer analyzer;

    /** @param filter a filter whose topics and entities all exist (unknown ones were set aside) */
    /** @param searched the search to run for the filter's (entity.NameVariants: its variants expanded) */
    TimelineQuery(TimelineFilter filter, Analyzer analyzer, String searched) {
        this.filter = filter;
        this.analyzer = analyzer;
        this.search = filter.hasQuery() ? SearchSyntax.parse(searched, analyzer) : null;
    }

    TimelineFilter filter() {
        return filter;
    }

    /** The search has only words too common to search for ("the"), so it finds nothing. */
    boolean searchHasNoWords() {
        return search != null && search.hasNoWords();
    }

    /** The search's matches marked in a text; null without a search. */
    Marks marks() {
        return search == null ? null : new Marks(search.matching(), analyzer);
    }

    Query matching() {
        return matching(ALL);
    }

    Query matching(Set<Part> parts) {
        List<Query> filters = new ArrayList<>();
        if (parts.contains(Part.DATES) && filter.hasDateRange()) {
            filters.add(LongPoint.newRangeQuery(
                    axisField(),
                    filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay(),
                    // The undated have the largest value: a range never includes them.
                    filter.to() == null ? Long.MAX_VALUE - 1 : filter.to().toEpochDay()));
        }
        if (parts.contains(Part.TOPICS) && !filter.topics().isEmpty()) {
            filters.add(new TermInSetQuery(
                    Fields.TOPIC, filter.topics().stream().map(BytesRef::new).toList()));
        }
        if (parts.contains(Part.ENTITIES)) {
            // Every chosen entity must be mentioned: following two people finds where they meet.
            filter.entities().forEach(entity -> filters.add(new TermQuery(new Term(Fields.ENTITY, entity))));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        filters.forEach(clause -> query.add(clause, Occur.FILTER));
        if (parts.contains(Part.SEARCH) && search != null) {
            query.add(search.matching(), Occur.MUST);
            if (filter.isRanked() && search.relevance() != null) {
                query.add(search.relevance(), Occur.SHOULD);
            }
        } else if (filters.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        return query.build();
    }

    /** The matches that have a date on the axis. */
    Query matchingDated() {
        return new BooleanQuery.Builder()
                .add(matching(), Occur.MUST)
                .add(LongPoint.newRangeQuery(axisField(), Long.MIN_VALUE, Long.MAX_VALUE - 1), Occur.FILTER)
                .build();
    }

    /** The matches that have no date on the axis. */
    Query matchingUndated() {
        return new BooleanQuery.Builder()
                .add(matching(), Occur.MUST)
                .add(LongPoint.newExactQuery(axisField(), Long.MAX_VALUE), Occur.FILTER)
                .build();
    }

    /** The articles that match all but the date range and have no date on the axis. */
    Query undatedMatchingAllButDates() {
        return new BooleanQuery.Builder()
                .add(matching(EnumSet.of(Part.TOPICS, Part.ENTITIES, Part.SEARCH)), Occur.MUST)
                .add(LongPoint.newExactQuery(axisField(), Long.MAX_VALUE), Occur.FILTER)
                .build();
    }

    /** One article, scored as {@link #matching()} scores it, so that its sort key is the page's. */
    Query article(long id, boolean scored) {
        BooleanQuery.Builder query =
                new BooleanQuery.Builder().add(LongPoint.newExactQuery(Fields.ID, id), Occur.FILTER);
        if (scored && search != null) {
            query.add(search.matching(), Occur.MUST);
            if (search.relevance() != null) {
                query.add(search.relevance(), Occur.SHOULD);
            }
        }
        return query.build();
    }

    /** The field of the axis date in the order's direction (where the undated sort last). */
    private String axisField() {
        return filter.axis().field().lastWhenAscending();
    }

    private boolean ascending() {
        return filter.order() != SortOrder.DESC;
    }

    /** Where a sort key of the timeline's order ({@link #sort}) holds the article's id. */
    static final int ID_IN_KEY = 4;

    /** The timeline's order, or its reverse (for the page before a cursor, nearest first). */
    Sort sort(boolean reversed) {
        if (filter.isRanked()) {
            return new Sort(
                    new SortField(null, SortField.Type.SCORE, reversed),
                    new SortField(Fields.ID, SortField.Type.LONG, reversed));
        }
        boolean descending = ascending() == reversed;
        return new Sort(
                new SortField(dateField(filter.axis().field()), SortField.Type.LONG, descending),
                new SortField(dateField(filter.axis().otherField()), SortField.Type.LONG, descending),
                new SortField(Fields.HEADLINE_KEY, SortField.Type.LONG, descending),
                new SortField(Fields.HEADLINE_KEY_REST, SortField.Type.LONG, descending),
                new SortField(Fields.ID, SortField.Type.LONG, descending));
    }

    private String dateField(DateField field) {
        return ascending() ? field.lastWhenAscending() : field.lastWhenDescending();
    }

    /**
     * The articles that come before the one whose sort key is {@code key} in the timeline's order
     * (not for relevance order, whose key is a score: see {@link TimelineIndexReads}).
     */
    Query before(FieldDoc key) {
        long first = (Long) key.fields[0];
        long second = (Long) key.fields[1];
        long headline = (Long) key.fields[2];
        long headlineRest = (Long) key.fields[3];
        long id = (Long) key.fields[ID_IN_KEY];
        String firstField = dateField(filter.axis().field());
        String secondField = dateField(filter.axis().otherField());
        boolean less = ascending();
        Query sameFirst = LongPoint.newExactQuery(firstField, first);
        Query sameSecond = LongPoint.newExactQuery(secondField, second);
        Query sameHeadline = new ValueRange(Fields.HEADLINE_KEY, headline, headline);
        Query sameRest = new ValueRange(Fields.HEADLINE_KEY_REST, headlineRest, headlineRest);
        return new BooleanQuery.Builder()
                .add(beyond(firstField, first, less), Occur.SHOULD)
                .add(all(sameFirst, beyond(secondField, second, less)), Occur.SHOULD)
                .add(all(sameFirst, sameSecond, onlyBeyond(Fields.HEADLINE_KEY, headline, less)), Occur.SHOULD)
                .add(
                        all(
                                sameFirst,
                                sameSecond,
                                sameHeadline,
                                onlyBeyond(Fields.HEADLINE_KEY_REST, headlineRest, less)),
                        Occur.SHOULD)
                .add(all(sameFirst, sameSecond, sameHeadline, sameRest, beyond(Fields.ID, id, less)), Occur.SHOULD)
                .build();
    }

    private static Query beyond(String field, long value, boolean less) {
        return beyond(field, value, less, LongPoint::newRangeQuery);
    }

    /**
     * A value of a doc-values-only field before or after {@code value}: it is only ever asked of the
     * few articles of one day pair, where reading each one's value is cheap.
     */
    private static Query onlyBeyond(String field, long value, boolean less) {
        return beyond(field, value, less, ValueRange::new);
    }

    private interface LongRange {
        Query of(String field, long from, long to);
    }

    /** The values of {@code field} below {@code value} ({@code less}) or above it, as {@code range} finds them. */
    private static Query beyond(String field, long value, boolean less, LongRange range) {
        if (less) {
            return value == Long.MIN_VALUE ? new MatchNoDocsQuery() : range.of(field, Long.MIN_VALUE, value - 1);
        }
        return value == Long.MAX_VALUE ? new MatchNoDocsQuery() : range.of(field, value + 1, Long.MAX_VALUE);
    }

    private static Query all(Query... queries) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query query : queries) {
            all.add(query, Occur.FILTER);
        }
        return all.build();
    }
}
