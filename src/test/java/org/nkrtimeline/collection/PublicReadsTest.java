package org.nkrtimeline.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.article.ArticleRepository;
import org.nkrtimeline.pagecache.PageCache;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.StatementCounter;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every public page and file reads its articles from the view {@code public_article} (V16), which
 * leaves hidden articles out, never from the table {@code article}: each SQL statement they run is
 * seen at the JDBC driver, whatever runs it, and none may name the table. A new query that forgets
 * the view fails here, before it can show a hidden article.
 */
@Import(StatementCounter.Configuration.class)
class PublicReadsTest extends WebTest {

    /** The table itself after {@code from} or {@code join}: not public_article, article_topic or article_entity. */
    private static final Pattern READS_ARTICLE =
            Pattern.compile("\\b(from|join)\\s+(\\w+\\.)?\"?article\"?(?!\\w)", Pattern.CASE_INSENSITIVE);

    /**
     * One of each kind of public page and file, the API's and the sitemaps included; but an article
     * sitemap, which runs no SQL at all (its entries come from the read index: StatementsPerPageTest).
     */
    private static final List<String> PAGES = List.of(
            "/",
            "/?topic=space&entity=kim-jong-un&from=2023-01-01&axis=published",
            "/?q=shoigu",
            "/?q=kim&order=relevance",
            "/?after=1",
            "/?before=4&order=desc",
            "/articles/" + SeedArticles.C,
            "/articles/" + SeedArticles.C + "?q=shoigu&topic=summit-diplomacy",
            "/topics",
            "/entities",
            "/entities/sergei-shoigu",
            "/events/kim-jong-un-visits-russia-2023",
            "/feed.atom",
            "/feed.atom?q=kim",
            "/export.csv",
            "/export.csv?q=kim&entity=kim-jong-un",
            "/export/timelinejs.json",
            "/sitemap.xml",
            "/sitemaps/pages.xml");

    private static final List<String> API = List.of(
            "/api/v1/articles",
            "/api/v1/articles?q=shoigu&after=1&limit=2",
            "/api/v1/articles/" + SeedArticles.C,
            "/api/v1/topics",
            "/api/v1/entities",
            "/api/v1/entities/sergei-shoigu");

    @Autowired
    PageCache pageCache;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcClient jdbc;

    /** The statements that read the table {@code article} itself. */
    static List<String> readingArticle(List<String> statements) {
        return statements.stream()
                .filter(sql -> READS_ARTICLE.matcher(sql).find())
                .toList();
    }

    /**
     * The one public read allowed on the table: the article aggregate, loaded by JPA with its topics
     * and mention counts ({@code ArticleRepository.findWithTopicsAndMentionsBySlug}). Editors see
     * hidden articles on the same page, so {@code ArticleService} checks the article's hidden flag in
     * Java: a hidden article is not found for readers, on the page or in the API.
     */
    private List<String> loadOfTheArticleAggregate() {
        List<String> load = StatementCounter.executedBy(() -> articles.findWithTopicsAndMentionsBySlug(SeedArticles.C));
        assertThat(load).hasSize(1);
        return load;
    }

    private List<String> statementsOf(String path, String... headers) {
        pageCache.clear();
        return StatementCounter.executedBy(() -> {
            Page page = headers.length == 0 ? get(path) : get(path, headers);
            assertThat(page.status()).as(path).isEqualTo(200);
        });
    }

    @Test
    void noPublicPageOrFileReadsTheArticleTableButForTheArticleAggregate() {
        List<String> statements = new ArrayList<>();
        for (String path : PAGES) {
            List<String> ran = statementsOf(path);
            assertThat(ran).as("%s ran no SQL: served from a cache?", path).isNotEmpty();
            statements.addAll(ran);
        }
        for (String path : API) {
            List<String> ran = statementsOf(path, "Accept", "application/json");
            assertThat(ran).as("%s ran no SQL: served from a cache?", path).isNotEmpty();
            statements.addAll(ran);
        }
        List<String> allowed = loadOfTheArticleAggregate();

        assertThat(readingArticle(statements))
                .as("statements reading the table article, not the view public_article")
                .isNotEmpty()
                .allMatch(allowed::contains);
    }

    /** The control: the same check finds a statement that the application runs on the table. */
    @Test
    void theCheckFindsAStatementThatReadsTheTable() {
        List<String> ran = StatementCounter.executedBy(
                () -> jdbc.sql("select a.slug from topic t join article_topic at on at.topic_id = t.id"
                                + " join article a on a.id = at.article_id")
                        .query(String.class)
                        .list());

        assertThat(readingArticle(ran)).hasSize(1);
        assertThat(readingArticle(loadOfTheArticleAggregate()))
                .as("the allowed exception is a read of the table")
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "select * from article a where not a.hidden",
                "SELECT id FROM Article",
                "left join article a on a.id = x",
                "from public.article a",
                "select (select 1 from\n   article k where k.id = 3)",
                "from \"article\" a"
            })
    void theCheckFindsTheTableWhereverItIsRead(String sql) {
        assertThat(readingArticle(List.of(sql))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "select * from public_article a",
                "join article_topic at on at.article_id = a.id",
                "from article_entity ae",
                "select a.article_id from article_change a",
                "update article set hidden = true"
            })
    void theCheckLeavesTheViewAndOtherTablesAlone(String sql) {
        assertThat(readingArticle(List.of(sql))).isEmpty();
    }
}
