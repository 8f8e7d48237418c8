package org.nkrtimeline.entity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entity pages' and the article page's queries about people, places and organisations. */
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
        return jdbc.sql(sql).param("slug", slug).query(EntityRepository::summary).optional();
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

    private static EntitySummary summary(ResultSet rs, int row) throws SQLException {
        return new EntitySummary(GazetteerEntry.fromRow(rs), rs.getLong("article_count"), rs.getLong("mention_count"));
    }
}
