package org.nkrtimeline.entity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** Mentions in the articles readers may see, aliased {@code ae}. */
    private static final String PUBLIC_MENTIONS = "article_entity ae join public_article a on a.id = ae.article_id";

    private final JdbcClient jdbc;

    EntityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entity with how many articles mention it and how often. */
    public Optional<EntitySummary> findSummaryBySlug(String slug) {
        String sql = """
                select %s,
                       (select count(*) from %2$s where ae.entity_id = e.id) as article_count,
                       (select coalesce(sum(ae.mention_count), 0) from %2$s where ae.entity_id = e.id) as mention_count
                from entity e
                where e.slug = :slug
                """.formatted(ENTITY_COLUMNS, PUBLIC_MENTIONS);
        return jdbc.sql(sql)
                .param("slug", slug)
                .query(EntityRepository::summary)
                .optional();
    }

    /** Every entity, most mentioned first, for the index of people, places and organisations. */
    public List<EntitySummary> findAllSummaries() {
        String sql = """
                select %s, coalesce(m.article_count, 0) as article_count, coalesce(m.mention_count, 0) as mention_count
                from entity e
                left join (select entity_id, count(*) as article_count, sum(mention_count) as mention_count
                           from %s group by entity_id) m on m.entity_id = e.id
                order by article_count desc, e.name
                """.formatted(ENTITY_COLUMNS, PUBLIC_MENTIONS);
        return jdbc.sql(sql).query(EntityRepository::summary).list();
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

    private static EntitySummary summary(ResultSet rs, int row) throws SQLException {
        return new EntitySummary(GazetteerEntry.fromRow(rs), rs.getLong("article_count"), rs.getLong("mention_count"));
    }
}
