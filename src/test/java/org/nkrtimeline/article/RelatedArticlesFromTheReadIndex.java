package org.nkrtimeline.article;

import org.nkrtimeline.index.ArticleIndex;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests elsewhere: related articles ranked in this instance's read index, whatever pages read. */
public final class RelatedArticlesFromTheReadIndex {

    private RelatedArticlesFromTheReadIndex() {}

    public static RelatedArticleRepository of(JdbcClient jdbc, ArticleIndex index) {
        return new RelatedArticleRepository(jdbc, index);
    }
}
