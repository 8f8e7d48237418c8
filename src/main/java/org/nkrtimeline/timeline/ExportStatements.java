package org.nkrtimeline.timeline;

import java.util.HashMap;
import java.util.Map;
import org.nkrtimeline.timeline.TimelineStatements.Statement;

/**
 * The SQL of the feed and the exports (package feed): the articles a filter matches, in timeline
 * order, in keyset chunks, with what a file needs that a page does not (topic names, entity names,
 * the source text, when the article was stored or corrected). The filter's conditions and order are
 * the page's own ({@link TimelineConditions}, {@link TimelineOrder}), so a feed or a file holds
 * exactly the articles the same view shows.
 */
public final class ExportStatements {

    private ExportStatements() {}

    /**
     * What to read besides the columns every export needs.
     *
     * @param text      the stored source text and file name, for the full text
     * @param entities  the names of the people, places and organisations mentioned, most mentioned first
     * @param datedOnly only articles with a date on the filter's axis
     */
    public record Extras(boolean text, boolean entities, boolean datedOnly) {}

    /**
     * Up to {@code limit} articles the filter matches, in its timeline order, after the article
     * {@code afterId} (from the start when null). With {@link SortOrder#RELEVANCE} the order is the
     * date order, oldest first: ranking the whole collection again for every chunk would make a
     * large export cost the square of its size.
     *
     * <p>Columns: {@code id}, {@code slug}, {@code headline}, {@code lede}, the date columns under
     * their own names, {@code created_at}, {@code corrected_at}, {@code topic_slugs} and
     * {@code topic_names} (arrays in taxonomy order), and as asked {@code entity_names} (an array),
     * {@code source_text} and {@code source_file}.
     */
    public static Statement articles(TimelineFilter filter, Long afterId, int limit, Extras extras) {
        TimelineFilter dated = inDateOrder(filter);
        TimelineConditions where = TimelineConditions.of(dated, TimelineConditions.ALL_BUT_SEARCH);
        TimelineOrder order = new TimelineOrder(dated);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", limit);
        StringBuilder conditions = new StringBuilder(where.sql());
        if (extras.datedOnly()) {
            conditions.append(" and a.").append(dated.axis().column()).append(" is not null");
        }
        if (afterId != null) {
            conditions.append(" and ").append(order.comesAfter("a", "after"));
            params.put("after", afterId);
        }
        String columns = """
                p.id, p.slug, p.headline, p.lede, p.event_date, p.event_date_precision,
                p.event_date_estimated, p.event_date_note, p.event_date_source_url,
                p.published_date, p.published_date_note, p.event_scheduled, p.created_at, p.corrected_at,
                array(select t.slug from article_topic at join topic t on t.id = at.topic_id
                      where at.article_id = p.id order by t.position) as topic_slugs,
                array(select t.name from article_topic at join topic t on t.id = at.topic_id
                      where at.article_id = p.id order by t.position) as topic_names""";
        if (extras.entities()) {
            columns += """
                    ,
                    array(select e.name from article_entity ae join entity e on e.id = ae.entity_id
                          where ae.article_id = p.id order by ae.mention_count desc, e.name) as entity_names""";
        }
        if (extras.text()) {
            columns += ", p.source_text, p.source_file";
        }
        String sql = """
                select %s
                from (select a.* from %s
                      where %s
                      order by %s
                      limit :limit) p
                order by %s
                """.formatted(
                        columns,
                        TimelineConditions.source(dated),
                        conditions,
                        order.orderBy("a", false),
                        order.orderBy("p", false));
        return new Statement(TimelineConditions.withMatches(dated) + sql, params);
    }

    /**
     * What a feed or a file says about its view, in one statement: when anything readers see last
     * changed ({@code changed_at}, V13's collection version); the names of the filter's topics that
     * exist ({@code topic_names}, in taxonomy order) and of its entities that exist
     * ({@code entity_names}, in the filter's order); and if {@code counted}, how many articles the
     * filter matches ({@code matching}) and how many of them have no date on its axis ({@code undated}).
     */
    public static Statement view(TimelineFilter filter, boolean counted) {
        Map<String, Object> params = new HashMap<>();
        params.put("namedTopics", filter.topics().toArray(String[]::new));
        params.put("namedEntities", filter.entities().toArray(String[]::new));
        String counts = "";
        String countColumns = "";
        if (counted) {
            TimelineConditions all = TimelineConditions.of(filter);
            params.putAll(all.params());
            counts = """
                    cross join (select count(*) as matching, count(*) filter (where a.%s is null) as undated
                                from public_article a where %s) c""".formatted(filter.axis().column(), all.sql());
            countColumns = ", c.matching, c.undated";
        }
        String sql = """
                select v.changed_at,
                       array(select t.name from topic t where t.slug = any(:namedTopics)
                             order by t.position) as topic_names,
                       array(select e.name from entity e where e.slug = any(:namedEntities)
                             order by array_position(cast(:namedEntities as text[]), e.slug::text)) as entity_names%s
                from collection_version v
                %s
                """.formatted(countColumns, counts);
        return new Statement((counted ? TimelineConditions.withMatches(filter) : "") + sql, params);
    }

    /** The filter in date order: relevance becomes oldest first; oldest and newest first stay. */
    private static TimelineFilter inDateOrder(TimelineFilter filter) {
        return filter.isRanked() ? filter.withOrder(SortOrder.ASC) : filter;
    }
}
