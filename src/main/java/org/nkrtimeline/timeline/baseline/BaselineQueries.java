package org.nkrtimeline.timeline.baseline;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.nkrtimeline.article.ArticleDates;
import org.nkrtimeline.entity.EntityKind;
import org.nkrtimeline.overview.OverviewDay;
import org.nkrtimeline.search.Highlights;
import org.nkrtimeline.timeline.TimelineCursor;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelineService;
import org.nkrtimeline.timeline.TimelineStatements;
import org.nkrtimeline.timeline.TimelineStatements.Statement;
import org.nkrtimeline.timeline.baseline.BaselinePage.Counts;
import org.nkrtimeline.timeline.baseline.BaselinePage.Entry;
import org.nkrtimeline.timeline.baseline.BaselinePage.Facet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * The timeline page's three statements in plain JDBC, on one connection from the pool: the facets,
 * the entries, the counts, as {@link TimelineService} runs them.
 */
final class BaselineQueries {

    private final DataSource dataSource;
    private final int pageSize;

    BaselineQueries(DataSource dataSource, int pageSize) {
        this.dataSource = dataSource;
        this.pageSize = pageSize;
    }

    BaselinePage read(TimelineFilter requested, TimelineCursor cursor) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Facets facets = facets(connection, requested);
            // As on the real page: slugs that name nothing are ignored, and the page says so.
            TimelineFilter filter = requested.withTopics(known(requested.topics(), facets.topics()))
                    .withEntities(known(requested.entities(),
                            facets.entities().values().stream().flatMap(List::stream).toList()));
            List<Entry> entries = entries(connection, filter, cursor);
            Counts counts = counts(connection, filter, entries.isEmpty() ? null : entries.get(0).id());
            return new BaselinePage(filter, without(requested.topics(), filter.topics()),
                    without(requested.entities(), filter.entities()), facets.topics(), facets.entities(), entries, counts);
        }
    }

    private record Facets(List<Facet> topics, Map<EntityKind, List<Facet>> entities) {
    }

    private static Facets facets(Connection connection, TimelineFilter filter) throws SQLException {
        List<Facet> topics = new ArrayList<>();
        Map<EntityKind, List<Facet>> entities = new EnumMap<>(EntityKind.class);
        try (PreparedStatement statement = prepare(connection,
                TimelineStatements.facets(filter, TimelineService.ENTITY_FACETS_PER_KIND));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Facet facet = new Facet(rs.getString("slug"), rs.getString("name"), rs.getLong("article_count"));
                if (rs.getString("facet").equals("TOPIC")) {
                    topics.add(facet);
                } else {
                    entities.computeIfAbsent(EntityKind.valueOf(rs.getString("kind")), kind -> new ArrayList<>()).add(facet);
                }
            }
        }
        return new Facets(topics, entities);
    }

    private static List<String> known(List<String> slugs, List<Facet> facets) {
        Set<String> known = facets.stream().map(Facet::slug).collect(Collectors.toSet());
        return slugs.stream().filter(known::contains).toList();
    }

    private static List<String> without(List<String> all, List<String> removed) {
        return all.stream().filter(slug -> !removed.contains(slug)).toList();
    }

    private List<Entry> entries(Connection connection, TimelineFilter filter, TimelineCursor cursor)
            throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, TimelineStatements.entries(filter, cursor, pageSize));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String markedHeadline = rs.getString("marked_headline");
                String snippet = rs.getString("snippet");
                Array topicSlugs = rs.getArray("topic_slugs");
                entries.add(new Entry(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                        rs.getString("lede"), ArticleDates.fromRow(rs), List.of((String[]) topicSlugs.getArray()),
                        markedHeadline == null ? null : Highlights.parse(markedHeadline),
                        snippet == null ? null : Highlights.parse(snippet)));
            }
        }
        if (cursor.isBackwards()) {
            Collections.reverse(entries);
        }
        return entries;
    }

    private static Counts counts(Connection connection, TimelineFilter filter, Long firstShownId)
            throws SQLException {
        List<OverviewDay> days = new ArrayList<>();
        long undated = 0;
        long total = 0;
        long matching = 0;
        long undatedMatching = 0;
        long earlier = 0;
        boolean searchHasNoWords = false;
        try (PreparedStatement statement = prepare(connection, TimelineStatements.counts(filter, firstShownId));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Date day = rs.getDate("day");
                long dayTotal = rs.getLong("total");
                if (day == null) {
                    undated = dayTotal;
                } else {
                    days.add(new OverviewDay(day.toLocalDate(), dayTotal, rs.getLong("matching"), rs.getLong("estimated")));
                }
                total += dayTotal;
                matching += rs.getLong("matching");
                undatedMatching += rs.getLong("undated_matching");
                earlier += rs.getLong("earlier");
                searchHasNoWords = rs.getBoolean("search_has_no_words");
            }
        }
        return new Counts(total, matching, filter.hasDateRange() ? undatedMatching : 0, earlier,
                searchHasNoWords, days, undated);
    }

    /**
     * The statement with its named parameters turned into JDBC's positional ones, by the same code
     * Spring's JdbcClient uses, so that the driver gets the very same SQL as on the real page.
     */
    private static PreparedStatement prepare(Connection connection, Statement statement) throws SQLException {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(statement.sql());
        MapSqlParameterSource params = new MapSqlParameterSource(statement.params());
        PreparedStatement prepared = connection.prepareStatement(NamedParameterUtils.substituteNamedParameters(parsed, params));
        try {
            Object[] values = NamedParameterUtils.buildValueArray(parsed, params, null);
            for (int i = 0; i < values.length; i++) {
                prepared.setObject(i + 1, values[i]);
            }
            return prepared;
        } catch (SQLException e) {
            prepared.close();
            throw e;
        }
    }
}
