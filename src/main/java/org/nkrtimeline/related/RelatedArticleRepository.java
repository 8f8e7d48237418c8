package org.nkrtimeline.related;

import java.util.List;
import org.nkrtimeline.article.ArticleDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ranks the articles related to one article in one statement. Each shared entity or topic counts by
 * how rare it is (its inverse document frequency, ln(articles / articles with it)): sharing Sergei
 * Shoigu says more than sharing Russia, which every article mentions and so counts for nothing.
 * Topics count half as much as entities, being broader. The reason shown is the rarest thing shared,
 * a person before an organisation, a place or a topic when they are equally rare. Closeness in time adds up to 0.3, halving
 * at 30 days apart, so it orders articles that share as much, but cannot make a link on its own.
 */
@Repository
public class RelatedArticleRepository {

    private final JdbcClient jdbc;

    RelatedArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RelatedArticle> findRelated(long articleId, int limit) {
        String sql = """
                with this as (
                    select coalesce(event_date, published_date) as day from article where id = :articleId),
                collection as (
                    select count(*)::float8 as size from article where not hidden),
                weighted_entity as (
                    select ae.entity_id, e.name, case e.kind when 'PERSON' then 0 when 'ORGANISATION' then 1 else 2 end as rank,
                           ln((select size from collection)
                              / (select count(*) from article_entity x where x.entity_id = ae.entity_id)) as weight
                    from article_entity ae join entity e on e.id = ae.entity_id
                    where ae.article_id = :articleId),
                weighted_topic as (
                    select at.topic_id, t.name, 3 as rank,
                           0.5 * ln((select size from collection)
                                    / (select count(*) from article_topic x where x.topic_id = at.topic_id)) as weight
                    from article_topic at join topic t on t.id = at.topic_id
                    where at.article_id = :articleId),
                shared as (
                    select ae.article_id, 'ENTITY' as kind, w.name, w.weight, w.rank
                    from article_entity ae join weighted_entity w on w.entity_id = ae.entity_id
                    where ae.article_id <> :articleId and w.weight > 0
                    union all
                    select at.article_id, 'TOPIC', w.name, w.weight, w.rank
                    from article_topic at join weighted_topic w on w.topic_id = at.topic_id
                    where at.article_id <> :articleId and w.weight > 0),
                scored as (
                    select article_id, sum(weight) as score,
                           (array_agg(kind order by weight desc, rank, name))[1] as reason_kind,
                           (array_agg(name order by weight desc, rank, name))[1] as reason_name
                    from shared
                    group by article_id)
                select a.slug, a.headline, a.event_date, a.event_date_precision, a.event_date_estimated,
                       a.event_date_note, a.event_date_source_url, a.published_date, a.published_date_note,
                       s.reason_kind, s.reason_name
                from scored s
                join article a on a.id = s.article_id and not a.hidden
                cross join this
                order by s.score + coalesce(0.3 / (1 + abs(coalesce(a.event_date, a.published_date) - this.day) / 30.0), 0) desc,
                         a.id
                limit :limit
                """;
        return jdbc.sql(sql).param("articleId", articleId).param("limit", limit)
                .query((rs, n) -> new RelatedArticle(rs.getString("slug"), rs.getString("headline"),
                        ArticleDates.fromRow(rs),
                        RelatedArticle.ReasonKind.valueOf(rs.getString("reason_kind")), rs.getString("reason_name")))
                .list();
    }
}
