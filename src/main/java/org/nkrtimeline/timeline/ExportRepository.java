package org.nkrtimeline.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.search.FieldDoc;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.collection.RowValues;
import org.nkrtimeline.timeline.ExportStatements.Statement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the articles of a timeline view for the feed and the exports: a fixed number of statements per chunk. */
@Repository
public class ExportRepository {

    private final JdbcClient jdbc;
    private final TimelineRepository timeline;

    ExportRepository(JdbcClient jdbc, TimelineRepository timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    /**
     * The first {@code limit} articles of a view's filter ({@link View#filter()}, or that in another
     * order), in its order. One statement.
     */
    public List<ExportedArticle> first(TimelineFilter viewFilter, int limit, ExportStatements.Extras extras) {
        return rows(timeline.ids(viewFilter, null, limit, extras.datedOnly()).ids(), extras);
    }

    /**
     * Every article of the view, in its order, handed over {@code chunkSize} at a time: one keyset
     * statement per chunk, and no connection held between chunks, so a slow download ties up no
     * database connection and memory holds one chunk whatever the collection's size. Not a snapshot:
     * a change committed during a long export may show in its later chunks.
     */
    public void forEachChunk(
            TimelineFilter filter,
            int chunkSize,
            ExportStatements.Extras extras,
            Consumer<List<ExportedArticle>> consumer) {
        TimelineFilter known = view(filter, false).filter();
        FieldDoc after = null;
        while (true) {
            TimelineRepository.IdChunk ids = timeline.ids(known, after, chunkSize, extras.datedOnly());
            if (ids.ids().isEmpty()) {
                return;
            }
            List<ExportedArticle> chunk = rows(ids.ids(), extras);
            if (!chunk.isEmpty()) {
                consumer.accept(chunk);
            }
            if (ids.ids().size() < chunkSize) {
                return;
            }
            after = ids.last();
        }
    }

    private List<ExportedArticle> rows(List<Long> ids, ExportStatements.Extras extras) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Statement statement = ExportStatements.articles(ids, extras);
        return jdbc.sql(statement.sql())
                .params(statement.params())
                .query((rs, n) -> article(rs, extras))
                .list();
    }

    /**
     * What a feed or a file says about its view.
     *
     * @param filter    the filter without the topics and entities that name nothing
     * @param changedAt when anything readers see last changed (V13's collection version)
     * @param topics    the names of the filter's topics that exist, in taxonomy order
     * @param entities  the names of the filter's entities that exist, in the filter's order
     * @param matching  how many articles the view has (0 unless counted)
     * @param undated   how many of them have no date on the filter's axis (0 unless counted)
     */
    public record View(
            TimelineFilter filter,
            Instant changedAt,
            List<String> topics,
            List<String> entities,
            long matching,
            long undated) {

        public long dated() {
            return matching - undated;
        }
    }

    /** One statement; {@code counted} adds the counts, from the read index. */
    public View view(TimelineFilter filter, boolean counted) {
        Statement statement = ExportStatements.view(filter);
        View named = jdbc.sql(statement.sql())
                .params(statement.params())
                .query((rs, n) -> new View(
                        filter.withTopics(RowValues.strings(rs.getArray("topic_slugs")))
                                .withEntities(RowValues.strings(rs.getArray("entity_slugs"))),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        RowValues.strings(rs.getArray("topic_names")),
                        RowValues.strings(rs.getArray("entity_names")),
                        0,
                        0))
                .single();
        if (!counted) {
            return named;
        }
        long[] counts = timeline.matchingAndUndated(named.filter());
        return new View(named.filter(), named.changedAt(), named.topics(), named.entities(), counts[0], counts[1]);
    }

    private static ExportedArticle article(ResultSet rs, ExportStatements.Extras extras) throws SQLException {
        OffsetDateTime corrected = rs.getObject("corrected_at", OffsetDateTime.class);
        OffsetDateTime updated = corrected != null ? corrected : rs.getObject("created_at", OffsetDateTime.class);
        List<String> topicSlugs = RowValues.strings(rs.getArray("topic_slugs"));
        List<String> topicNames = RowValues.strings(rs.getArray("topic_names"));
        List<TopicRef> topics = new ArrayList<>();
        for (int i = 0; i < topicSlugs.size(); i++) {
            topics.add(new TopicRef(topicSlugs.get(i), topicNames.get(i)));
        }
        return new ExportedArticle(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("lede"),
                ArticleDates.fromRow(rs),
                updated.toInstant(),
                topics,
                extras.entities() ? RowValues.strings(rs.getArray("entity_names")) : List.of(),
                extras.text() ? rs.getString("source_text") : null,
                extras.text() ? rs.getString("source_file") : null,
                reportedEvent(rs));
    }

    private static ExportedArticle.ReportedEvent reportedEvent(ResultSet rs) throws SQLException {
        String slug = rs.getString("report_event_slug");
        if (slug == null) {
            return null;
        }
        return new ExportedArticle.ReportedEvent(
                slug,
                rs.getString("report_event_title"),
                rs.getString("report_role"),
                RowValues.localDate(rs.getDate("report_event_start")),
                RowValues.localDate(rs.getDate("report_event_end")),
                DatePrecision.valueOf(rs.getString("report_event_precision")),
                rs.getBoolean("report_event_estimated"),
                rs.getString("report_event_note"),
                rs.getString("report_event_summary"));
    }
}
