package org.nkrtimeline.editorial.edit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of changes to articles: appended to, never rewritten. */
@Repository
public class ArticleChangeRepository {

    private static final String CHANGE_COLUMNS =
            "c.changed_at, ed.username, c.article_version, c.field, c.old_value, c.new_value";

    private final JdbcClient jdbc;

    ArticleChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a change in the caller's transaction; {@code editorId} is null for the command line. */
    public void record(
            long articleId, Long editorId, long articleVersion, ArticleField field, String oldValue, String newValue) {
        jdbc.sql("""
                        insert into article_change (article_id, editor_id, article_version, field, old_value, new_value)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(articleId, editorId, articleVersion, field.name(), oldValue, newValue)
                .update();
    }

    /** An article's history, oldest first. */
    public List<ArticleChange> findByArticle(long articleId) {
        return jdbc.sql("""
                        select %s
                        from article_change c left join editor ed on ed.id = c.editor_id
                        where c.article_id = ?
                        order by c.id
                        """.formatted(CHANGE_COLUMNS))
                .param(articleId)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** The changes made to an article after it reached {@code version}, oldest first. */
    public List<ArticleChange> findSince(long articleId, long version) {
        return jdbc.sql("""
                        select %s
                        from article_change c left join editor ed on ed.id = c.editor_id
                        where c.article_id = ? and c.article_version > ?
                        order by c.id
                        """.formatted(CHANGE_COLUMNS))
                .param(articleId)
                .param(version)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** The latest changes to any article, newest first. */
    public List<RecentChange> findRecent(int limit) {
        return jdbc.sql("""
                        select a.slug, a.headline, %s
                        from article_change c
                        join article a on a.id = c.article_id
                        left join editor ed on ed.id = c.editor_id
                        order by c.id desc
                        limit ?
                        """.formatted(CHANGE_COLUMNS))
                .param(limit)
                .query((rs, n) -> new RecentChange(rs.getString("slug"), rs.getString("headline"), change(rs)))
                .list();
    }

    private static ArticleChange change(ResultSet rs) throws SQLException {
        return new ArticleChange(
                rs.getObject("changed_at", OffsetDateTime.class),
                rs.getString("username"),
                rs.getLong("article_version"),
                ArticleField.valueOf(rs.getString("field")),
                rs.getString("old_value"),
                rs.getString("new_value"));
    }
}
