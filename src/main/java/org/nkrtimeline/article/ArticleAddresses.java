package org.nkrtimeline.article;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The addresses articles had before their current one (V17's article_slug): an article's slug follows
 * its headline until it is first published, and a former address keeps leading to the article.
 */
@Repository
class ArticleAddresses {

    private final JdbcClient jdbc;

    ArticleAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current slug of the article that had {@code formerSlug}, if the asker may see that article:
     * readers only a public one (so the redirect tells them nothing of an article they may not see),
     * editors any. Empty for a slug no article ever had, and for a current one.
     */
    Optional<String> currentSlug(String formerSlug, boolean forEditor) {
        return jdbc.sql("""
                        select a.slug
                        from article_slug s
                        join %s a on a.id = s.article_id
                        where s.slug = ? and a.slug <> s.slug
                        """.formatted(forEditor ? "article" : "public_article"))
                .param(formerSlug)
                .query(String.class)
                .optional();
    }
}
