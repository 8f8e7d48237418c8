package org.nkrtimeline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every address an article has or had is recorded in article_slug, whoever writes it, and a
 * statement that writes many articles records them at the cost of one: it moves the collection
 * version as often as a statement writing one article does, not once per article.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ArticleSlugRecordTest {

    @Autowired
    JdbcClient jdbc;

    private void insertArticles(String prefix, int count) {
        jdbc.sql("""
                        insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                             content_hash)
                        select :prefix || '-' || n, 'A test article', 'test.txt', 'Text.', 'Text.', 'Text.', 1,
                               :prefix || '-hash-' || n
                        from generate_series(1, :count) as n
                        """).param("prefix", prefix).param("count", count).update();
    }

    private long versionMovesOf(Runnable statement) {
        long before = jdbc.sql("select number from collection_version")
                .query(Long.class)
                .single();
        statement.run();
        return jdbc.sql("select number from collection_version")
                        .query(Long.class)
                        .single()
                - before;
    }

    private long recordedAddresses(String prefix) {
        return jdbc.sql("select count(*) from article_slug where slug like :prefix || '-%'")
                .param("prefix", prefix)
                .query(Long.class)
                .single();
    }

    @Test
    void aStatementInsertingManyArticlesRecordsEveryAddressAndMovesTheVersionAsOftenAsOneArticleDoes() {
        long one = versionMovesOf(() -> insertArticles("single", 1));
        long many = versionMovesOf(() -> insertArticles("bulk", 50));

        assertThat(recordedAddresses("bulk")).isEqualTo(50);
        assertThat(many).isEqualTo(one);
    }

    @Test
    void aStatementRenamingManyArticlesRecordsEveryNewAddressAndKeepsTheFormerOnes() {
        insertArticles("old", 30);

        long moves = versionMovesOf(
                () -> jdbc.sql("update article set slug = 'new' || substr(slug, 4) where slug like 'old-%'")
                        .update());

        assertThat(recordedAddresses("old")).isEqualTo(30);
        assertThat(recordedAddresses("new")).isEqualTo(30);
        assertThat(moves).isEqualTo(versionMovesOf(() -> insertArticles("single", 1)));
    }

    @Test
    void aStatementGivingOneOfManyArticlesAnotherArticlesFormerAddressIsRefused() {
        insertArticles("first", 1);
        jdbc.sql("update article set slug = 'renamed' where slug = 'first-1'").update();
        insertArticles("other", 3);

        assertThatThrownBy(() -> jdbc.sql("""
                                update article set slug = case slug when 'other-2' then 'first-1' else slug || '-b' end
                                where slug like 'other-%'
                                """).update())
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("the address \"first-1\" belongs or belonged to another article");
    }
}
