package org.nkrtimeline.article;

import java.util.List;
import org.nkrtimeline.collection.ArticleDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ranks the articles related to one article in one statement. Each shared entity or topic counts by
 * how rare it is (its inverse document frequency, ln(articles / articles with it)): sharing Sergei
 * Shoigu says more than sharing Russia, which every article mentions and so counts for nothing.
 * Topics count half as much as entities, being broader. The reason shown is the rarest thing shared,
 * a person before an organisation, a place or a topic when they are equally rare. Closeness in time
 * adds up to 0.3, halving at 30 days apart, so it orders articles that share as much, but cannot make
 * a link on its own. Candidates are the articles that share one of this article's rarest things
 * ({@link #CANDIDATE_BUDGET}).
 */
@Repository
public class RelatedArticleRepository {

    /**
     * How many postings (article-entity and article-topic rows) are read to find candidates: those of
     * the article's rarest entities and topics that another article shares, rarest first, the first
     * always. Scoring every article that shares Russia, which nearly all do, took over ten minutes at
     * 100,000 articles; an article that shares only what most articles have is not a useful link
     * anyway. Candidates are then scored on everything they share.
     */
    static final int CANDIDATE_BUDGET = 5_000;

    private final JdbcClient jdbc;
    private final int candidateBudget;

    @Autowired
    RelatedArticleRepository(JdbcClient jdbc) {
        this(jdbc, CANDIDATE_BUDGET);
    }

    RelatedArticleRepository(JdbcClient jdbc, int candidateBudget) {
        this.jdbc = jdbc;
        this.candidateBudget = candidateBudget;
    }

    public List<RelatedArticle> findRelated(long articleId, int limit) {
        String sql = """
                with this as (
                    -- Always a row: an editor's page of a hidden article lists related articles too,
                    -- without the closeness in time, as the article is not among the public ones.
                    select (select coalesce(event_date, published_date) from public_article
                            where id = :articleId) as day),
                collection as materialized (
                    select count(*)::float8 as size from public_article),
                -- Postings still count the rows of hidden articles: leaving them out would join every
                -- posting to the view, for weights that a few hidden articles barely move.
                feature as materialized (
                    select 'ENTITY' as kind, ae.entity_id as id, e.name,
                           case e.kind when 'PERSON' then 0 when 'ORGANISATION' then 1 else 2 end as rank,
                           (select count(*) from article_entity x where x.entity_id = ae.entity_id) as postings,
                           1.0 as factor
                    from article_entity ae join entity e on e.id = ae.entity_id
                    where ae.article_id = :articleId
                    union all
                    select 'TOPIC', at.topic_id, t.name, 3,
                           (select count(*) from article_topic x where x.topic_id = at.topic_id), 0.5
                    from article_topic at join topic t on t.id = at.topic_id
                    where at.article_id = :articleId),
                weighted as materialized (
                    select kind, id, name, rank, postings,
                           factor * ln((select size from collection) / postings) as weight
                    from feature),
                probe as materialized (
                    select kind, id from (
                        select kind, id, sum(postings) over (order by postings, kind, id) - postings as read_before
                        from weighted where weight > 0 and postings > 1) p
                    where read_before < :candidateBudget),
                candidate as materialized (
                    select ae.article_id from article_entity ae
                    join probe p on p.kind = 'ENTITY' and p.id = ae.entity_id
                    union
                    select at.article_id from article_topic at
                    join probe p on p.kind = 'TOPIC' and p.id = at.topic_id),
                shared as (
                    -- Lateral, so that only the candidates' own rows are read, through the primary keys.
                    select c.article_id, w.kind, w.name, w.weight, w.rank
                    from candidate c
                    cross join lateral (
                        select 'ENTITY' as kind, ae.entity_id as id from article_entity ae
                        where ae.article_id = c.article_id
                        union all
                        select 'TOPIC', at.topic_id from article_topic at where at.article_id = c.article_id) has
                    join weighted w on w.kind = has.kind and w.id = has.id
                    where c.article_id <> :articleId and w.weight > 0),
                scored as (
                    select article_id, sum(weight) as score,
                           (array_agg(kind order by weight desc, rank, name))[1] as reason_kind,
                           (array_agg(name order by weight desc, rank, name))[1] as reason_name
                    from shared
                    group by article_id)
                select a.slug, a.headline, a.event_date, a.event_date_precision, a.event_date_estimated,
                       a.event_date_note, a.event_date_source_url, a.published_date, a.published_date_note,
                       a.event_scheduled, s.reason_kind, s.reason_name
                from scored s
                join public_article a on a.id = s.article_id
                cross join this
                order by s.score + coalesce(
                             0.3 / (1 + abs(coalesce(a.event_date, a.published_date) - this.day) / 30.0), 0) desc,
                         a.id
                limit :limit
                """;
        return jdbc.sql(sql)
                .param("articleId", articleId)
                .param("limit", limit)
                .param("candidateBudget", candidateBudget)
                .query((rs, n) -> new RelatedArticle(
                        rs.getString("slug"),
                        rs.getString("headline"),
                        ArticleDates.fromRow(rs),
                        RelatedArticle.ReasonKind.valueOf(rs.getString("reason_kind")),
                        rs.getString("reason_name")))
                .list();
    }
}
