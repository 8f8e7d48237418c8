package org.nkrtimeline.article;

import org.nkrtimeline.index.ReadIndex;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests elsewhere: related articles ranked in the index given, whatever this instance's pages read. */
public final class RelatedArticlesFrom {

    private RelatedArticlesFrom() {}

    public static RelatedArticleRepository of(JdbcClient jdbc, ReadIndex index) {
        return new RelatedArticleRepository(jdbc, index);
    }
}
