package org.nkrtimeline.timeline;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * the entries (with their topic slugs), the topic facets, and the counts.
 */
@Repository
public class TimelineRepository {

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The articles the filter matches, in timeline order: dated ones first, then the undated. */
    public List<EntryRow> findEntries(TimelineFilter filter) {
        Conditions where = Conditions.of(filter, true, true);
        String sql = """
                select a.id, a.slug, a.headline, a.lede, a.event_date, a.event_date_precision,
                       a.event_date_estimated, a.event_date_note, a.event_date_source_url,
                       a.published_date, a.published_date_note,
                       array(select t.slug from article_topic at join topic t on t.id = at.topic_id
                             where at.article_id = a.id order by t.position) as topic_slugs
                from article a
                where %s
                order by %s
                """.formatted(where.sql(), orderBy(filter));
        return jdbc.sql(sql).params(where.params()).query((rs, n) -> entryRow(rs)).list();
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

    public TimelineCounts countArticles(TimelineFilter filter) {
        Conditions all = Conditions.of(filter, true, true);
        Conditions topics = Conditions.of(filter, true, false);
        Map<String, Object> params = new HashMap<>(all.params());
        params.putAll(topics.params());
        String sql = """
                select count(*) as total,
                       count(*) filter (where %s) as shown,
                       count(*) filter (where %s and a.%s is null) as undated
                from article a
                """.formatted(all.sql(), topics.sql(), filter.axis().column());
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new TimelineCounts(rs.getLong("total"), rs.getLong("shown"),
                        filter.hasDateRange() ? rs.getLong("undated") : 0))
                .single();
    }

    /** The articles either side of one article in the filtered timeline; empty if it is not in it. */
    public Optional<Neighbours> findNeighbours(TimelineFilter filter, long articleId) {
        Conditions where = Conditions.of(filter, true, true);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("articleId", articleId);
        String sql = """
                select previous_slug, previous_headline, next_slug, next_headline
                from (select a.id,
                             lag(a.slug) over timeline as previous_slug,
                             lag(a.headline) over timeline as previous_headline,
                             lead(a.slug) over timeline as next_slug,
                             lead(a.headline) over timeline as next_headline
                      from article a
                      where %s
                      window timeline as (order by %s)) ordered
                where id = :articleId
                """.formatted(where.sql(), orderBy(filter));
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Neighbours(
                        link(rs.getString("previous_slug"), rs.getString("previous_headline")),
                        link(rs.getString("next_slug"), rs.getString("next_headline"))))
                .optional();
    }

    /**
     * Undated articles always come last; within a day, the other axis's date and then the headline
     * keep the order stable, and the whole order reverses for newest-first.
     */
    private static String orderBy(TimelineFilter filter) {
        String direction = filter.order().sql();
        return "(a.%1$s is null), a.%1$s %3$s, a.%2$s %3$s nulls last, a.headline %3$s, a.id %3$s"
                .formatted(filter.axis().column(), filter.axis().otherColumn(), direction);
    }

    private static Neighbours.TimelineLink link(String slug, String headline) {
        return slug == null ? null : new Neighbours.TimelineLink(slug, headline);
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
