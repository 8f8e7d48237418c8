package org.nkrtimeline.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.index.DayCloseness;
import org.nkrtimeline.index.Fields;
import org.nkrtimeline.index.IndexReading;
import org.nkrtimeline.index.IndexedArticle;
import org.nkrtimeline.index.ReadIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ranks the articles related to one article, in the index pages read. Each shared entity or topic counts by
 * how rare it is among the articles readers may see (its inverse document frequency, ln(articles /
 * articles with it)): sharing Sergei Shoigu says more than sharing Russia, which every article
 * mentions and so counts for nothing. Topics count half as much as entities, being broader. The reason
 * shown is the rarest thing shared, a person before an organisation, a place or a topic when they are
 * equally rare. Closeness in time adds up to 0.3, halving at 30 days apart (Lucene's distance feature
 * query: 0.3 × 30 / (30 + days)), so it orders articles that share as much, but cannot make a link on
 * its own. One statement (the article's entities and topics, with their names) and two index queries (its day,
 * then the ranking), three when the ranking has to be asked again ({@link #ranked}).
 */
@Repository
public class RelatedArticleRepository {

    private static final float TOPIC_FACTOR = 0.5f;
    private static final float CLOSENESS = 0.3f;
    private static final long CLOSENESS_HALVES_AT_DAYS = 30;
    private static final Sort BY_ID = new Sort(new SortField(Fields.ID, SortField.Type.LONG));
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.LONG));

    private final JdbcClient jdbc;
    private final ReadIndex index;

    RelatedArticleRepository(JdbcClient jdbc, ReadIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** Something an article has: an entity (with its kind) or a topic, by slug, with its name. */
    private record Feature(String slug, String name, EntityKind kind) {

        boolean isTopic() {
            return kind == null;
        }

        String dimension() {
            return isTopic() ? Fields.TOPIC : Fields.entityDimension(kind);
        }

        /** A person before an organisation, a place, a topic. */
        int rank() {
            if (isTopic()) {
                return 3;
            }
            return switch (kind) {
                case PERSON -> 0;
                case ORGANISATION -> 1;
                case PLACE -> 2;
            };
        }
    }

    private record Weighted(Feature feature, double weight) {}

    public List<RelatedArticle> findRelated(long articleId, int limit) {
        List<Feature> features = jdbc.sql("""
                        select e.slug, e.name, e.kind from article_entity ae join entity e on e.id = ae.entity_id
                        where ae.article_id = :id
                        union all
                        select t.slug, t.name, null from article_topic at join topic t on t.id = at.topic_id
                        where at.article_id = :id""")
                .param("id", articleId)
                .query((rs, n) -> new Feature(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("kind") == null ? null : EntityKind.valueOf(rs.getString("kind"))))
                .list();
        return index.reading(reading -> related(reading, articleId, features, limit));
    }

    private static List<RelatedArticle> related(
            IndexReading reading, long articleId, List<Feature> features, int limit) {
        double articles = reading.articles();
        List<Weighted> weighted = new ArrayList<>();
        BooleanQuery.Builder sharedClauses = new BooleanQuery.Builder();
        for (Feature feature : features) {
            long postings = reading.allPerFacet(feature.dimension()).getOrDefault(feature.slug(), 0L);
            double weight = postings == 0 ? 0 : (feature.isTopic() ? TOPIC_FACTOR : 1) * Math.log(articles / postings);
            if (weight > 0) {
                weighted.add(new Weighted(feature, weight));
                String field = feature.isTopic() ? Fields.TOPIC : Fields.ENTITY;
                sharedClauses.add(
                        new BoostQuery(
                                new ConstantScoreQuery(new TermQuery(new Term(field, feature.slug()))), (float) weight),
                        Occur.SHOULD);
            }
        }
        if (weighted.isEmpty()) {
            return List.of();
        }
        BooleanQuery shared = sharedClauses.build();
        Optional<Long> day = day(reading, articleId);
        ScoreDoc[] hits = hits(reading, ranked(shared, articleId, day, false), limit);
        List<Set<String>> entities = reading.entitySlugs(hits);
        List<IndexedArticle> found = reading.stored(hits, IndexedArticle.LISTED);
        if (IntStream.range(0, hits.length)
                .anyMatch(i -> reason(weighted, entities.get(i), found.get(i)).isEmpty())) {
            return related(reading, weighted, hits(reading, ranked(shared, articleId, day, true), limit));
        }
        return related(weighted, found, entities);
    }

    private static List<RelatedArticle> related(IndexReading reading, List<Weighted> weighted, ScoreDoc[] hits) {
        return related(weighted, reading.stored(hits, IndexedArticle.LISTED), reading.entitySlugs(hits));
    }

    private static List<RelatedArticle> related(
            List<Weighted> weighted, List<IndexedArticle> found, List<Set<String>> entities) {
        List<RelatedArticle> related = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            IndexedArticle article = found.get(i);
            Feature reason = reason(weighted, entities.get(i), article).orElseThrow();
            related.add(new RelatedArticle(
                    article.slug(),
                    article.headline(),
                    article.dates(),
                    reason.isTopic() ? RelatedArticle.ReasonKind.TOPIC : RelatedArticle.ReasonKind.ENTITY,
                    reason.name()));
        }
        return related;
    }

    /**
     * The ranking query: the shared things' weights plus closeness, without the article itself. Exact:
     * the shared things are one required clause, the rule above. Not exact: each is a clause of one
     * disjunction beside closeness: the same scores (to a float's last
     * bit or two), and the disjunction can skip every article that cannot reach the best found so far,
     * where the required clause made Lucene score all 100,000 (1.8 against 11 ms a query on the
     * benchmark's collection, the same articles in the same order for 2,000 of them). But it may also
     * rank an article that shares nothing and is merely close in time; the caller then asks for the
     * exact query.
     */
    private static Query ranked(BooleanQuery shared, long articleId, Optional<Long> day, boolean exact) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (exact) {
            query.add(shared, Occur.MUST);
        } else {
            shared.clauses().forEach(clause -> query.add(clause.getQuery(), Occur.SHOULD));
        }
        query.add(LongPoint.newExactQuery(Fields.ID, articleId), Occur.MUST_NOT);
        day.ifPresent(d -> query.add(new DayCloseness(d, CLOSENESS, CLOSENESS_HALVES_AT_DAYS), Occur.SHOULD));
        return query.build();
    }

    private static ScoreDoc[] hits(IndexReading reading, Query query, int limit) {
        return reading.search(query, limit, BY_SCORE, null).scoreDocs;
    }

    /**
     * The rarest thing an article shares, a person before an organisation, a place or a topic; none if
     * it shares nothing.
     */
    private static Optional<Feature> reason(List<Weighted> weighted, Set<String> entities, IndexedArticle article) {
        List<String> topics = article.topicSlugs();
        return weighted.stream()
                .filter(w -> w.feature().isTopic()
                        ? topics.contains(w.feature().slug())
                        : entities.contains(w.feature().slug()))
                .sorted(Comparator.comparingDouble(Weighted::weight)
                        .reversed()
                        .thenComparingInt(w -> w.feature().rank())
                        .thenComparing(w -> w.feature().name()))
                .map(Weighted::feature)
                .findFirst();
    }

    /** The article's day for closeness: none for an article readers may not see (an editor's page of it). */
    private static Optional<Long> day(IndexReading reading, long articleId) {
        ScoreDoc[] found = reading.search(LongPoint.newExactQuery(Fields.ID, articleId), 1, BY_ID, null).scoreDocs;
        if (found.length == 0) {
            return Optional.empty();
        }
        IndexedArticle article = reading.stored(found, IndexedArticle.LISTED).get(0);
        var dates = article.dates();
        return Optional.ofNullable(dates.eventDate() != null ? dates.eventDate() : dates.publishedDate())
                .map(java.time.LocalDate::toEpochDay);
    }
}
