package org.nkrtimeline.timeline;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.collection.RowValues;
import org.nkrtimeline.overview.OverviewDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Runs the timeline's queries and reads their rows. A page needs a fixed number of statements
 * whatever the number of articles; their SQL is built by {@link TimelineStatements}.
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
        TimelineStatements.Statement entries = TimelineStatements.entries(filter, cursor, limit);
        List<EntryRow> rows = new ArrayList<>(jdbc.sql(entries.sql())
                .params(entries.params())
                .query((rs, n) -> entryRow(rs))
                .list());
        if (cursor.isBackwards()) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * Every topic, and the entities most mentioned by the filter's articles plus the chosen ones that
     * exist, each with its count: see {@link TimelineStatements#facets}.
     */
    public Facets findFacets(TimelineFilter filter, int perKind) {
        TimelineStatements.Statement facets = TimelineStatements.facets(filter, perKind);
        List<FacetRow> topics = new ArrayList<>();
        List<EntityFacetRow> entities = new ArrayList<>();
        jdbc.sql(facets.sql()).params(facets.params()).query(rs -> {
            if (rs.getString("facet").equals("TOPIC")) {
                topics.add(new FacetRow(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getLong("article_count")));
            } else {
                entities.add(new EntityFacetRow(
                        rs.getString("slug"),
                        rs.getString("name"),
                        EntityKind.valueOf(rs.getString("kind")),
                        rs.getLong("article_count")));
            }
        });
        return new Facets(topics, entities);
    }

    /**
     * The counts of the page and of its overview in one pass over the collection. Per day on the
     * filter's axis: how many articles fall on it, how many of them the filter matches and how many
     * have an estimated date (the overview); and in all: how many articles there are, how many the
     * filter matches, how many undated ones a date range left out, and how many matching ones come
     * before {@code firstShownId} (null when none is shown).
     */
    public Counts countArticles(TimelineFilter filter, Long firstShownId) {
        TimelineStatements.Statement counts = TimelineStatements.counts(filter, firstShownId);
        Sums sums = new Sums();
        jdbc.sql(counts.sql()).params(counts.params()).query(rs -> {
            LocalDate day = RowValues.localDate(rs.getDate("day"));
            long total = rs.getLong("total");
            if (day == null) {
                sums.undatedTotal = total;
            } else {
                sums.days.add(new OverviewDay(day, total, rs.getLong("matching"), rs.getLong("estimated")));
            }
            sums.total += total;
            sums.matching += rs.getLong("matching");
            sums.undatedMatching += rs.getLong("undated_matching");
            sums.earlier += rs.getLong("earlier");
            sums.searchHasNoWords = rs.getBoolean("search_has_no_words");
        });
        TimelineCounts totals = new TimelineCounts(
                sums.total,
                sums.matching,
                filter.hasDateRange() ? sums.undatedMatching : 0,
                sums.earlier,
                sums.searchHasNoWords);
        return new Counts(totals, new DayCounts(sums.days, sums.undatedTotal));
    }

    /** The per-day rows of {@link #countArticles} added up. */
    private static final class Sums {
        final List<OverviewDay> days = new ArrayList<>();
        long total;
        long matching;
        long undatedMatching;
        long earlier;
        long undatedTotal;
        boolean searchHasNoWords;
    }

    /**
     * An article's place in the reader's filtered timeline, and its texts marked by the reader's
     * search, in one statement: the articles either side of it, and the article
     * {@code contextBefore + 1} places before it, after which a timeline page showing it with some
     * context starts (each the first row of a keyset query; none if the filter excludes the
     * article); and each of {@code texts} with every match of the search marked (PostgreSQL's own
     * parser and stemmer, so "drones" is marked for "drone"), null without a search. Empty for an
     * article readers may not see: a hidden one has no place in any reader's timeline, and the page an
     * editor sees of it has neither neighbours nor marks. (The filter's conditions name the public
     * article {@code a}; inside each lateral query that is the candidate row.)
     */
    public Optional<PlaceInTimeline> findPlace(
            TimelineFilter filter, long articleId, int contextBefore, List<String> texts) {
        TimelineConditions where = TimelineConditions.of(filter, TimelineConditions.ALL_BUT_SEARCH);
        TimelineConditions all = TimelineConditions.of(filter);
        TimelineOrder order = new TimelineOrder(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.putAll(all.params());
        params.put("articleId", articleId);
        params.put("contextBefore", contextBefore);
        String marked = "null::text[]";
        if (filter.hasQuery()) {
            marked = """
                    array(select ts_headline('english_unaccent', t.text, %s, :markOptions)
                          from unnest(cast(:texts as text[])) with ordinality as t(text, position)
                          order by t.position)""".formatted(TimelineConditions.SEARCH_QUERY);
            params.put("texts", texts.toArray(String[]::new));
            params.put("markOptions", Highlights.ALL_OPTIONS);
        }
        String sql = """
                select f.shown, p.id as previous_id, p.slug as previous_slug, p.headline as previous_headline,
                       n.id as next_id, n.slug as next_slug, n.headline as next_headline,
                       r.id as return_after_id, %8$s as marked
                from public_article a
                cross join lateral (select %7$s as shown) f
                left join lateral (select a.id, a.slug, a.headline from %6$s
                                   where %1$s and %2$s order by %3$s limit 1) p on f.shown
                left join lateral (select a.id, a.slug, a.headline from %6$s
                                   where %1$s and %4$s order by %5$s limit 1) n on f.shown
                left join lateral (select a.id from %6$s
                                   where %1$s and %2$s order by %3$s offset :contextBefore limit 1) r on f.shown
                where a.id = :articleId
                """.formatted(
                        where.sql(),
                        order.comesBefore("a", "articleId"),
                        order.orderBy("a", true),
                        order.comesAfter("a", "articleId"),
                        order.orderBy("a", false),
                        TimelineConditions.source(filter),
                        all.sql(),
                        marked);
        return jdbc.sql(TimelineConditions.withMatches(filter) + sql)
                .params(params)
                .query((rs, n) -> new PlaceInTimeline(
                        rs.getBoolean("shown")
                                ? new Neighbours(
                                        link(rs, "previous"),
                                        link(rs, "next"),
                                        rs.getObject("return_after_id", Long.class))
                                : Neighbours.NONE,
                        marked(rs.getArray("marked"))))
                .optional();
    }

    private static List<Highlighted> marked(Array array) throws SQLException {
        return array == null
                ? null
                : RowValues.strings(array).stream().map(Highlights::parse).toList();
    }

    private static Neighbours.TimelineLink link(ResultSet rs, String which) throws SQLException {
        String slug = rs.getString(which + "_slug");
        return slug == null
                ? null
                : new Neighbours.TimelineLink(rs.getLong(which + "_id"), slug, rs.getString(which + "_headline"));
    }

    private static EntryRow entryRow(ResultSet rs) throws SQLException {
        ArticleDates dates = ArticleDates.fromRow(rs);
        String markedHeadline = rs.getString("marked_headline");
        String snippet = rs.getString("snippet");
        return new EntryRow(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("lede"),
                dates,
                RowValues.strings(rs.getArray("topic_slugs")),
                markedHeadline == null ? null : Highlights.parse(markedHeadline),
                snippet == null ? null : Highlights.parse(snippet));
    }

    /**
     * @param highlightedHeadline the headline with the search's matches marked; null without a search
     * @param snippet             the passages of the body that best match the search; null without one
     */
    public record EntryRow(
            long id,
            String slug,
            String headline,
            String lede,
            ArticleDates dates,
            List<String> topicSlugs,
            Highlighted highlightedHeadline,
            Highlighted snippet) {}

    /** @param marked the article's texts with the search's matches marked; null without a search */
    public record PlaceInTimeline(Neighbours neighbours, List<Highlighted> marked) {}

    public record EntityFacetRow(String slug, String name, EntityKind kind, long count) {}

    /** @param undated articles without a date on the axis, which the overview cannot place */
    public record DayCounts(List<OverviewDay> days, long undated) {}

    public record Facets(List<FacetRow> topics, List<EntityFacetRow> entities) {}

    /** @param totals the page's counts; {@code days} the overview's */
    public record Counts(TimelineCounts totals, DayCounts days) {}

    public record FacetRow(String slug, String name, String description, long count) {}
}
