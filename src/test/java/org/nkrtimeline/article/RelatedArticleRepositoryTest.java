package org.nkrtimeline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.index.ArticleIndex;
import org.nkrtimeline.support.SeedArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Related articles, from the read index of a running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RelatedArticleRepositoryTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RelatedArticleRepository related;

    @Autowired
    ArticleIndex index;

    @Test
    void everyArticleSharingSomethingInformativeIsRelated() {
        long shoigu = idOf(SeedArticles.C);

        assertThat(related.findRelated(shoigu, 10))
                .extracting(RelatedArticle::slug)
                .containsExactlyInAnyOrderElementsOf(sharingAnythingRarerThanEveryArticle(shoigu));
    }

    /**
     * Closeness in time alone never makes a link, though the fast ranking (a disjunction with closeness
     * beside the shared things) ranks a close article that shares nothing: then the exact one is asked.
     */
    @Test
    void anArticleThatSharesNothingIsNeverRelatedHoweverCloseInTime() {
        long shoigu = idOf(SeedArticles.C);
        LocalDate sameDay = jdbc.sql("select coalesce(event_date, published_date) from article where id = ?")
                .param(shoigu)
                .query(LocalDate.class)
                .single();
        jdbc.sql("""
                insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                     published_date, content_hash)
                values ('sharing-nothing', 'Sharing nothing', 'nothing.txt', 'Text.', 'Text.', 'Text.', 1, ?,
                        'sharing-nothing-hash')
                """).param(sameDay).update();
        try {
            index.catchUp();

            assertThat(related.findRelated(shoigu, 10))
                    .extracting(RelatedArticle::slug)
                    .doesNotContain("sharing-nothing")
                    .containsExactlyInAnyOrderElementsOf(sharingAnythingRarerThanEveryArticle(shoigu));
        } finally {
            jdbc.sql("delete from article where slug = 'sharing-nothing'").update();
            index.catchUp();
        }
    }

    @Test
    void theFirstIsTheOneThatSharesTheRarestThingsAndItsReasonIsTheRarestOfThem() {
        long shoigu = idOf(SeedArticles.C);

        RelatedArticle first = related.findRelated(shoigu, 1).get(0);

        assertThat(sharingTheRarest(shoigu)).contains(first.slug());
    }

    private long idOf(String slug) {
        return jdbc.sql("select id from article where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    /** Articles sharing an entity or topic that not every article has (one every article has weighs nothing). */
    private List<String> sharingAnythingRarerThanEveryArticle(long id) {
        return jdbc.sql("""
                select distinct a.slug from article a
                where a.id <> :id and (
                    exists (select 1 from article_entity x join article_entity mine on mine.entity_id = x.entity_id
                            where x.article_id = a.id and mine.article_id = :id
                              and (select count(*) from article_entity c where c.entity_id = x.entity_id)
                                  < (select count(*) from article))
                    or exists (select 1 from article_topic x join article_topic mine on mine.topic_id = x.topic_id
                               where x.article_id = a.id and mine.article_id = :id
                                 and (select count(*) from article_topic c where c.topic_id = x.topic_id)
                                     < (select count(*) from article)))
                """).param("id", id).query(String.class).list();
    }

    /** Articles sharing the article's entity or topic that the fewest other articles also have. */
    private List<String> sharingTheRarest(long id) {
        return jdbc.sql("""
                with mine as (
                    select 'ENTITY' as kind, entity_id as feature,
                           (select count(*) from article_entity c where c.entity_id = m.entity_id) as postings
                    from article_entity m where article_id = :id
                    union all
                    select 'TOPIC', topic_id, (select count(*) from article_topic c where c.topic_id = m.topic_id)
                    from article_topic m where article_id = :id),
                rarest as (select kind, feature from mine where postings > 1 order by postings, kind, feature limit 1)
                select a.slug from article a, rarest r
                where a.id <> :id and (
                    (r.kind = 'ENTITY' and exists (select 1 from article_entity x
                                                   where x.article_id = a.id and x.entity_id = r.feature))
                    or (r.kind = 'TOPIC' and exists (select 1 from article_topic x
                                                     where x.article_id = a.id and x.topic_id = r.feature)))
                """).param("id", id).query(String.class).list();
    }
}
