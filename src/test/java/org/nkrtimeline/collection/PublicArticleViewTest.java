package org.nkrtimeline.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.SeedArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The view {@code public_article} (V16), the one place that says hidden articles are never public:
 * it shows every column of {@code article}, exactly the articles no editor hid, and costs no more
 * than the table. Each test runs in a transaction that is rolled back, DDL included.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PublicArticleViewTest {

    private static final String RECREATE_THE_VIEW =
            "create or replace view public_article as select * from article where not hidden and not awaiting_review";

    @Autowired
    JdbcClient jdbc;

    /** Each column of a table or view, in order: its name and type. */
    private List<String> columns(String relation) {
        return jdbc.sql("""
                        select column_name || ' ' || udt_name from information_schema.columns
                        where table_schema = current_schema() and table_name = ?
                        order by ordinal_position""").param(relation).query(String.class).list();
    }

    private String viewComment() {
        return jdbc.sql("select obj_description('public_article'::regclass, 'pg_class')")
                .query(String.class)
                .single();
    }

    @Test
    void theViewShowsEveryColumnOfArticle() {
        assertThat(columns("public_article"))
                .as("public_article's columns were fixed when it was made: a migration that changes article's columns "
                        + "must re-create the view (docs/migrations.md)")
                .isEqualTo(columns("article"))
                .contains("hidden bool", "search_vector tsvector", "reference_urls _text");
    }

    /** The control: the same comparison fails once article has a column the view was not re-created for. */
    @Test
    void aColumnAddedToArticleIsMissingFromTheViewUntilTheViewIsRecreatedAsTheGuideSays() {
        String comment = viewComment();

        jdbc.sql("alter table article add column control_column text").update();

        assertThat(columns("article")).contains("control_column text");
        assertThat(columns("public_article")).isNotEqualTo(columns("article")).doesNotContain("control_column text");

        jdbc.sql(RECREATE_THE_VIEW).update();

        assertThat(columns("public_article")).isEqualTo(columns("article"));
        assertThat(viewComment())
                .as("create or replace keeps the comment")
                .isEqualTo(comment)
                .isNotBlank();
    }

    @Test
    void theViewHoldsExactlyTheArticlesNoEditorHid() {
        String slugs = "select slug from %s order by id";
        assertThat(jdbc.sql(slugs.formatted("public_article"))
                        .query(String.class)
                        .list())
                .hasSize(Editorial.SEED_ARTICLES);

        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.C)
                .update();

        assertThat(jdbc.sql(slugs.formatted("public_article"))
                        .query(String.class)
                        .list())
                .isEqualTo(jdbc.sql(slugs.formatted("article where not hidden"))
                        .query(String.class)
                        .list())
                .hasSize(Editorial.SEED_ARTICLES - 1)
                .doesNotContain(SeedArticles.C);
    }

    @Test
    void theViewLeavesOutTheArticlesAwaitingReviewAsItDoesTheHiddenOnes() {
        jdbc.sql("update article set awaiting_review = true where slug = ?")
                .param(SeedArticles.D)
                .update();

        assertThat(jdbc.sql("select slug from public_article order by id")
                        .query(String.class)
                        .list())
                .isEqualTo(jdbc.sql("select slug from article where not hidden and not awaiting_review order by id")
                        .query(String.class)
                        .list())
                .hasSize(Editorial.SEED_ARTICLES - 1)
                .doesNotContain(SeedArticles.D);
    }

    /**
     * PostgreSQL inlines the view, so a query on it can use the indexes of article, the partial one
     * for public rows (V14) included. Sequential scans are switched off because five rows would
     * never need an index; the question here is only whether the planner can reach one through the view.
     */
    @Test
    void thePlannerSeesThroughTheViewToArticlesIndexes() {
        jdbc.sql("set local enable_seqscan = off").update();

        assertThat(plan("select count(*) from public_article"))
                .contains("article_public_idx")
                .doesNotContain("Seq Scan");
        assertThat(plan("select headline from public_article where id = 3"))
                .containsPattern("article_(pkey|public_idx)")
                .doesNotContain("Seq Scan");
        // The control: the partial index is not one the planner may use for every article.
        assertThat(plan("select count(*) from article")).doesNotContain("article_public_idx");
        assertThat(jdbc.sql("select coalesce(array_to_string(reloptions, ','), '') from pg_class"
                                + " where relname = 'public_article'")
                        .query(String.class)
                        .single())
                .as("a security_barrier view keeps its conditions to itself")
                .isEmpty();
    }

    private String plan(String query) {
        return String.join(
                "\n", jdbc.sql("explain " + query).query(String.class).list());
    }
}
