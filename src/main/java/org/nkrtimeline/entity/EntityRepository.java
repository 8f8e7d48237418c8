package org.nkrtimeline.entity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkrtimeline.index.IndexReading;
import org.nkrtimeline.index.ReadIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries about people, places and organisations: their pages, the index of them all, and the
 * sitemap's list of their pages.
 */
@Repository
public class EntityRepository {

    private static final String ENTITY_COLUMNS = """
            e.id, e.slug, e.name, e.kind, e.description,
            array(select al.alias from entity_alias al where al.entity_id = e.id order by al.alias) as aliases""";

    private final JdbcClient jdbc;
    private final ReadIndex index;

    EntityRepository(JdbcClient jdbc, ReadIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /**
     * One entity with how many articles readers may see mention it and how often: the entity from the
     * database, the counts from the index pages read (no article's row is read).
     */
    public Optional<EntitySummary> findSummaryBySlug(String slug) {
        return jdbc.sql("select %s from entity e where e.slug = :slug".formatted(ENTITY_COLUMNS))
                .param("slug", slug)
                .query((rs, n) -> GazetteerEntry.fromRow(rs))
                .optional()
                .map(entity -> summaries(List.of(entity)).get(0));
    }

    /** Every entity, most mentioned first, for the index of people, places and organisations. */
    public List<EntitySummary> findAllSummaries() {
        List<GazetteerEntry> entities = jdbc.sql("select %s from entity e".formatted(ENTITY_COLUMNS))
                .query((rs, n) -> GazetteerEntry.fromRow(rs))
                .list();
        return summaries(entities).stream()
                .sorted(Comparator.comparingLong(EntitySummary::articleCount)
                        .reversed()
                        .thenComparing(summary -> summary.entity().name(), Comparator.naturalOrder()))
                .toList();
    }

    /** Each entity with its counts, in one reading of the index. */
    private List<EntitySummary> summaries(List<GazetteerEntry> entities) {
        Map<String, IndexReading.Mentions> mentions = index.reading(reading ->
                reading.mentions(entities.stream().map(GazetteerEntry::slug).toList()));
        IndexReading.Mentions none = new IndexReading.Mentions(0, 0);
        return entities.stream()
                .map(entity -> {
                    IndexReading.Mentions of = mentions.getOrDefault(entity.slug(), none);
                    return new EntitySummary(entity, of.articles(), of.mentions());
                })
                .toList();
    }

    /**
     * An entity's page, by the entity's slug, with the last change of a public article that mentions it
     * (null when none does).
     */
    public record PageChange(String slug, Instant lastChanged) {}

    /**
     * @param collectionChanged when anything readers see last changed (V13's collection version), which
     *                          is when the pages that show the whole collection last changed
     * @param entities          every entity's page, by slug
     */
    public record Pages(Instant collectionChanged, List<PageChange> entities) {}

    /**
     * Every entity's page with its last change, and when the collection last changed, in one
     * statement. A list, not a stream: the gazetteer grows with editorial work, not with the articles.
     */
    public Pages findPagesWithLastChange() {
        String sql = """
                select null as slug, changed_at as last_modified from collection_version
                union all
                select e.slug, max(coalesce(a.corrected_at, a.created_at))
                from entity e
                left join article_entity ae on ae.entity_id = e.id
                left join public_article a on a.id = ae.article_id
                group by e.id, e.slug
                order by slug nulls first
                """;
        List<PageChange> rows = jdbc.sql(sql)
                .query((rs, n) -> new PageChange(rs.getString("slug"), instant(rs.getTimestamp("last_modified"))))
                .list();
        Instant changed = rows.isEmpty() || rows.get(0).slug() != null
                ? null
                : rows.get(0).lastChanged();
        return new Pages(
                changed, rows.stream().filter(row -> row.slug() != null).toList());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
