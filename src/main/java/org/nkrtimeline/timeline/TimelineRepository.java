package org.nkrtimeline.timeline;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkrtimeline.article.ArticleDates;
import org.nkrtimeline.article.DatePrecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timeline's queries, in SQL. Each page needs three statements whatever the number of articles:
 * one page of entries (with their topic slugs), the topic facets, and the counts. Pages are keyset
 * pages on the sort key of {@link TimelineOrder}.
 */
@Repository
public class TimelineRepository {

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the articles the filter matches, in timeline order (dated ones first, then the
     * undated): the first {@code limit}, or the {@code limit} right after or before the cursor's article.
     */
    public List<EntryRow> findEntries(TimelineFilter filter, TimelineCursor cursor, int limit) {
        Conditions where = Conditions.of(filter, true, true);
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
        boolean backwards = cursor.before() != null;
        String sql = """
                select a.id, a.slug, a.headline, a.lede, a.event_date, a.event_date_precision,
                       a.event_date_estimated, a.event_date_note, a.event_date_source_url,
                       a.published_date, a.published_date_note,
                       array(select t.slug from article_topic at join topic t on t.id = at.topic_id
                             where at.article_id = a.id order by t.position) as topic_slugs
                from article a
                where %s%s
                order by %s
                limit :limit
                """.formatted(where.sql(), page, order.orderBy("a", backwards));
        List<EntryRow> rows = new ArrayList<>(jdbc.sql(sql).params(params).query((rs, n) -> entryRow(rs)).list());
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /** Every topic in taxonomy order, with how many articles it has under the filter's dates. */
    public List<FacetRow> findTopicFacets(TimelineFilter filter) {
        Conditions dates = Conditions.of(filter, false, true);
        String sql = """
                select t.slug, t.name, t.description, count(a.id) as article_count
                from topic t
                left join article_topic at on at.topic_id = t.id
                left join article a on a.id = at.article_id and %s
                group by t.id
                order by t.position
                """.formatted(dates.sql());
        return jdbc.sql(sql).params(dates.params())
                .query((rs, n) -> new FacetRow(rs.getString("slug"), rs.getString("name"),
                        rs.getString("description"), rs.getLong("article_count")))
                .list();
    }

    /**
     * How many articles there are, how many the filter matches, how many undated ones a date range
     * left out, and how many matching ones come before {@code firstShownId} (null when none is shown).
     */
    public TimelineCounts countArticles(TimelineFilter filter, Long firstShownId) {
        Conditions all = Conditions.of(filter, true, true);
        Conditions topics = Conditions.of(filter, true, false);
        Map<String, Object> params = new HashMap<>(all.params());
        params.putAll(topics.params());
        String earlier = "false";
        if (firstShownId != null) {
            earlier = all.sql() + " and " + new TimelineOrder(filter).comesBefore("a", "firstShown");
            params.put("firstShown", firstShownId);
        }
        String sql = """
                select count(*) as total,
                       count(*) filter (where %s) as shown,
                       count(*) filter (where %s and a.%s is null) as undated,
                       count(*) filter (where %s) as earlier
                from article a
                """.formatted(all.sql(), topics.sql(), filter.axis().column(), earlier);
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new TimelineCounts(rs.getLong("total"), rs.getLong("shown"),
                        filter.hasDateRange() ? rs.getLong("undated") : 0, rs.getLong("earlier")))
                .single();
    }

    /**
     * The articles either side of one article in the filtered timeline, and the article
     * {@code contextBefore + 1} places before it, after which a timeline page showing it with some
     * context starts. Each is the first row of a keyset query; empty if the filter excludes the
     * article. (The filter's conditions name the article table {@code a}; inside each lateral query
     * that is the candidate row.)
     */
    public Optional<Neighbours> findNeighbours(TimelineFilter filter, long articleId, int contextBefore) {
        Conditions where = Conditions.of(filter, true, true);
        TimelineOrder order = new TimelineOrder(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("articleId", articleId);
        params.put("contextBefore", contextBefore);
        String sql = """
                select p.id as previous_id, p.slug as previous_slug, p.headline as previous_headline,
                       n.id as next_id, n.slug as next_slug, n.headline as next_headline,
                       r.id as return_after_id
                from article a
                left join lateral (select a.id, a.slug, a.headline from article a
                                   where %1$s and %2$s order by %3$s limit 1) p on true
                left join lateral (select a.id, a.slug, a.headline from article a
                                   where %1$s and %4$s order by %5$s limit 1) n on true
                left join lateral (select a.id from article a
                                   where %1$s and %2$s order by %3$s offset :contextBefore limit 1) r on true
                where a.id = :articleId and %1$s
                """.formatted(where.sql(), order.comesBefore("a", "articleId"), order.orderBy("a", true),
                order.comesAfter("a", "articleId"), order.orderBy("a", false));
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Neighbours(link(rs, "previous"), link(rs, "next"),
                        rs.getObject("return_after_id", Long.class)))
                .optional();
    }

    private static Neighbours.TimelineLink link(ResultSet rs, String which) throws SQLException {
        String slug = rs.getString(which + "_slug");
        return slug == null ? null
                : new Neighbours.TimelineLink(rs.getLong(which + "_id"), slug, rs.getString(which + "_headline"));
    }

    private static EntryRow entryRow(ResultSet rs) throws SQLException {
        ArticleDates dates = new ArticleDates(
                localDate(rs.getDate("event_date")),
                DatePrecision.valueOf(rs.getString("event_date_precision")),
                rs.getBoolean("event_date_estimated"),
                rs.getString("event_date_note"),
                rs.getString("event_date_source_url"),
                localDate(rs.getDate("published_date")),
                rs.getString("published_date_note"));
        return new EntryRow(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"), rs.getString("lede"),
                dates, strings(rs.getArray("topic_slugs")));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public record EntryRow(long id, String slug, String headline, String lede, ArticleDates dates,
                           List<String> topicSlugs) {
    }

    public record FacetRow(String slug, String name, String description, long count) {
    }

    /** A WHERE clause for the filter; the SQL holds column names from {@link Axis} and named parameters only. */
    private record Conditions(String sql, Map<String, Object> params) {

        static Conditions of(TimelineFilter filter, boolean topics, boolean dates) {
            List<String> clauses = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (dates && filter.from() != null) {
                clauses.add("a.%s >= :fromDate".formatted(filter.axis().column()));
                params.put("fromDate", filter.from());
            }
            if (dates && filter.to() != null) {
                clauses.add("a.%s <= :toDate".formatted(filter.axis().column()));
                params.put("toDate", filter.to());
            }
            if (topics && !filter.topics().isEmpty()) {
                clauses.add("""
                        exists (select 1 from article_topic ft join topic f on f.id = ft.topic_id
                                where ft.article_id = a.id and f.slug = any(:topicSlugs))""");
                params.put("topicSlugs", filter.topics().toArray(String[]::new));
            }
            return new Conditions(clauses.isEmpty() ? "true" : String.join(" and ", clauses), params);
        }
    }
}
