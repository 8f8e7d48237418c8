package org.nkrtimeline.timeline;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.nkrtimeline.timeline.TimelineConditions.Part;

/**
 * The SQL of the three statements a timeline page runs, whatever the number of articles: the facets,
 * one page of entries (with their topic slugs and search snippets), and the counts, run by
 * {@link TimelineRepository}. Pages are keyset pages on the sort key of {@link TimelineOrder}.
 */
public final class TimelineStatements {

    private TimelineStatements() {}

    /** SQL with named parameters ({@code :name}) and their values. */
    public record Statement(String sql, Map<String, Object> params) {

        public Statement {
            params = Map.copyOf(params);
        }
    }

    /**
     * The facets in one statement: every topic in taxonomy order, with how many articles it has under
     * the reader's other filters; and the people, places and organisations most mentioned by the
     * articles the filter matches, up to {@code perKind} of each kind, most mentioned first, plus any
     * the reader chose that exist. (Entities are combined with "all of", so each count is how many of
     * the current results mention it.) Slugs the reader gave that name nothing are simply absent,
     * which is how the page finds them out.
     *
     * <p>Columns: {@code facet} ('TOPIC' or 'ENTITY'), {@code slug}, {@code name}, {@code description}
     * (topics), {@code kind} (entities), {@code article_count}; topics first.
     */
    public static Statement facets(TimelineFilter filter, int perKind) {
        TimelineConditions topicConditions =
                TimelineConditions.of(filter, EnumSet.of(Part.DATES, Part.ENTITIES, Part.SEARCH));
        TimelineConditions entityConditions = TimelineConditions.of(filter);
        Map<String, Object> params = new HashMap<>(topicConditions.params());
        params.putAll(entityConditions.params());
        params.put("chosen", filter.entities().toArray(String[]::new));
        params.put("perKind", perKind);
        String sql = """
                select 'TOPIC' as facet, t.slug, t.name, t.description, null as kind, count(a.id) as article_count,
                       t.position as place
                from topic t
                left join article_topic at on at.topic_id = t.id
                left join public_article a on a.id = at.article_id and %s
                group by t.id
                union all
                select 'ENTITY', slug, name, null, kind, article_count, 0 from (
                    select e.slug, e.name, e.kind, count(a.id) as article_count,
                           row_number() over (partition by e.kind
                                              order by e.slug = any(:chosen) desc, count(a.id) desc, e.name) as place
                    from entity e
                    left join article_entity ae on ae.entity_id = e.id
                    left join public_article a on a.id = ae.article_id and %s
                    group by e.id) ranked
                where (article_count > 0 and place <= :perKind) or slug = any(:chosen)
                order by facet desc, kind nulls first, place, article_count desc, name
                """.formatted(topicConditions.sql(), entityConditions.sql());
        return new Statement(TimelineConditions.withMatches(filter) + sql, params);
    }

    /**
     * One page of the articles the filter matches, in timeline order (dated ones first, then the
     * undated): the first {@code limit}, or the {@code limit} right after or before the cursor's
     * article. Before a cursor ({@link TimelineCursor#isBackwards()}), the rows come nearest first,
     * in reverse timeline order.
     *
     * <p>Columns: the article's {@code id}, {@code slug}, {@code headline}, {@code lede} and date
     * columns under their own names, {@code topic_slugs} (an array, in taxonomy order), and with a
     * search {@code snippet} and {@code marked_headline} (matches marked as {@link Highlights} reads
     * them; null without one).
     */
    public static Statement entries(TimelineFilter filter, TimelineCursor cursor, int limit) {
        TimelineConditions where = TimelineConditions.of(filter, TimelineConditions.ALL_BUT_SEARCH);
        TimelineOrder order = new TimelineOrder(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", limit);
        String page = "";
        if (cursor.after() != null) {
            page = " and " + order.comesAfter("a", "after");
            params.put("after", cursor.after());
        } else if (cursor.before() != null) {
            page = " and " + order.comesBefore("a", "before");
            params.put("before", cursor.before());
        }
        // Snippets are computed in the outer query, so only for the rows of this page.
        String highlights = "null as snippet, null as marked_headline";
        if (filter.hasQuery()) {
            highlights = """
                    ts_headline('english_unaccent', p.body_text, %1$s, :snippetOptions) as snippet,
                    ts_headline('english_unaccent', p.headline, %1$s, :headlineOptions)
                        as marked_headline""".formatted(TimelineConditions.SEARCH_QUERY);
            params.put("snippetOptions", Highlights.SNIPPET_OPTIONS);
            params.put("headlineOptions", Highlights.ALL_OPTIONS);
        }
        String sql = """
                select p.id, p.slug, p.headline, p.lede, p.event_date, p.event_date_precision,
                       p.event_date_estimated, p.event_date_note, p.event_date_source_url,
                       p.published_date, p.published_date_note, p.event_scheduled,
                       array(select t.slug from article_topic at join topic t on t.id = at.topic_id
                             where at.article_id = p.id order by t.position) as topic_slugs,
                       %s
                from (select a.* from %s
                      where %s%s
                      order by %s
                      limit :limit) p
                order by %s
                """.formatted(
                        highlights,
                        TimelineConditions.source(filter),
                        where.sql(),
                        page,
                        order.orderBy("a", cursor.isBackwards()),
                        order.orderBy("p", cursor.isBackwards()));
        return new Statement(TimelineConditions.withMatches(filter) + sql, params);
    }

    /**
     * The counts of the page and of its overview in one pass over the collection: a row per day on
     * the filter's axis (the undated last, with a null day) with how many articles fall on it
     * ({@code total}), how many of them the filter matches ({@code matching}), how many have an
     * estimated date ({@code estimated}), how many undated ones match all but the date range
     * ({@code undated_matching}), and how many matching ones come before {@code firstShownId}
     * ({@code earlier}; none when it is null); and in every row, whether the search has no words to
     * search for ({@code search_has_no_words}).
     */
    public static Statement counts(TimelineFilter filter, Long firstShownId) {
        TimelineConditions all = TimelineConditions.of(filter);
        TimelineConditions withoutDates =
                TimelineConditions.of(filter, EnumSet.of(Part.TOPICS, Part.ENTITIES, Part.SEARCH));
        Map<String, Object> params = new HashMap<>(all.params());
        params.putAll(withoutDates.params());
        String earlier = "false";
        if (firstShownId != null) {
            earlier = all.sql() + " and " + new TimelineOrder(filter).comesBefore("a", "firstShown");
            params.put("firstShown", firstShownId);
        }
        String column = filter.axis().column();
        String sql = """
                select a.%1$s as day, count(*) as total,
                       count(*) filter (where %2$s) as matching,
                       count(*) filter (where %3$s) as estimated,
                       count(*) filter (where %4$s and a.%1$s is null) as undated_matching,
                       count(*) filter (where %5$s) as earlier,
                       %6$s as search_has_no_words
                from public_article a
                group by a.%1$s
                order by a.%1$s nulls last
                """.formatted(
                        column,
                        all.sql(),
                        filter.axis() == Axis.EVENT ? "a.event_date_estimated" : "false",
                        withoutDates.sql(),
                        earlier,
                        filter.hasQuery() ? "numnode(%s) = 0".formatted(TimelineConditions.SEARCH_QUERY) : "false");
        return new Statement(TimelineConditions.withMatches(filter) + sql, params);
    }
}
