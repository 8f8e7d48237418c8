package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.editorial.importing.ArticleImporter;
import org.nkrtimeline.editorial.importing.Publish;
import org.nkrtimeline.editorial.importing.SourceFile;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.Editorial;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An article imported without an editor's review (the command line without --publish) awaits review:
 * it is on no public page, feed, file, sitemap or API response, exactly like a hidden one, until an
 * editor publishes it from its edit page. Editors find it first in their area, with a count.
 */
class PublishingTest extends EditorWebTest {

    private static final String KURSK = "kursk-deminers.txt";
    private static final String TREATY = "pyongyang-treaty.txt";

    @Autowired
    ArticleImporter importer;

    @Autowired
    ArticleEditor articleEditor;

    private String slug;
    private EditorSession ana;

    @BeforeEach
    void anArticleImportedForReview() {
        slug = importForReview(KURSK);
        ana = newEditor("ana");
    }

    private String importForReview(String name) {
        try (InputStream in = getClass().getResourceAsStream("/import/" + name)) {
            return importer.importFile(new SourceFile(name, in.readAllBytes()), Publish.AFTER_REVIEW)
                    .slug();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anArticleAwaitingReviewIsOnNoPublicPageFeedFileSitemapOrApiResponse() {
        assertNotPublic();
    }

    @Test
    void editorsSeeItOnItsPageMarkedAsAwaitingReviewAndNotIndexed() {
        Document page = ana.getOk("/articles/" + slug);

        assertThat(page.select("[role=status]").eachText())
                .contains("Awaiting review: only editors see this page until one publishes the article.");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        Document form = ana.getOk("/editor/articles/" + slug);
        assertThat(form.select(".intro strong").eachText()).contains("awaiting review");
        assertThat(form.select("button[name=publish]").text()).isEqualTo("Save and publish");
    }

    @Test
    void theEditorsHomeAndListShowTheArticlesAwaitingReviewFirstWithTheirCount() {
        String treaty = importForReview(TREATY);

        Document home = ana.getOk("/editor");
        assertThat(home.select("main h2").eachText()).startsWith("Awaiting review (2)", "Recent changes");
        assertThat(home.select("section[aria-labelledby=awaiting-heading] li a").eachAttr("href"))
                .containsExactly("/editor/articles/" + treaty, "/editor/articles/" + slug);

        Document list = ana.getOk("/editor/articles");
        assertThat(list.select(".awaiting-count").text())
                .startsWith("2 articles await review: listed first, and on no public page");
        List<String> rows = list.select("tbody tr").eachText();
        assertThat(rows).hasSize(Editorial.SEED_ARTICLES + 2);
        assertThat(rows.subList(0, 2)).allSatisfy(row -> assertThat(row).endsWith("awaiting review"));
        assertThat(list.select("tbody tr td:first-child a").eachAttr("href").subList(0, 2))
                .containsExactly("/editor/articles/" + treaty, "/editor/articles/" + slug);
        assertThat(rows.subList(2, rows.size()))
                .allSatisfy(row -> assertThat(row).endsWith("public"));
    }

    @Test
    void theListPagesThroughTheArticlesAwaitingReviewBeforeThePublishedOnes() {
        String treaty = importForReview(TREATY);
        List<EditorListEntry> first = articleEditor.list("", null, 3);
        List<EditorListEntry> next = articleEditor.list("", first.get(2).id(), 10);

        assertThat(first).extracting(EditorListEntry::slug).startsWith(treaty, slug);
        assertThat(first.get(2).awaitingReview()).isFalse();
        assertThat(next).hasSize(Editorial.SEED_ARTICLES - 1).noneMatch(EditorListEntry::awaitingReview);
        assertThat(next.get(0).id()).isLessThan(first.get(2).id());
    }

    @Test
    void savingWithoutPublishingKeepsItAwaitingAndCorrectsNothing() {
        Page saved = ana.submit(
                ana.getOk("/editor/articles/" + slug),
                "form.editor-form",
                Map.of("metadata.headline", "Deminers for Kursk"));

        assertThat(saved.status()).isEqualTo(302);
        assertNotPublic();
        assertThat(jdbc.sql("select corrected_at is null from article where id > ?")
                        .param(Editorial.SEED_ARTICLES)
                        .query(Boolean.class)
                        .single())
                .as("no reader saw the headline it had")
                .isTrue();
    }

    @Test
    void publishingFromTheEditFormMakesItPublicMovesTheCollectionVersionAndIsRecorded() {
        long versionBefore = collectionVersion();

        Page published = ana.submit(
                ana.getOk("/editor/articles/" + slug),
                "form.editor-form",
                fields -> fields.add(Map.entry("publish", "true")));

        assertThat(published.status()).isEqualTo(302);
        assertThat(ana.getOk(published.location()).select("[role=status]").text())
                .isEqualTo("Saved: Published.");
        assertThat(get("/articles/" + slug).status()).isEqualTo(200);
        assertThat(getOk("/").select("#entry-" + slug)).hasSize(1);
        assertThat(get("/feed.atom").html()).contains("/articles/" + slug);
        assertThat(get("/export.csv").html()).contains("/articles/" + slug);
        assertThat(get("/sitemaps/articles-1.xml").html()).contains("/articles/" + slug);
        assertThat(get("/api/v1/articles/" + slug, "Accept", "application/json").status())
                .isEqualTo(200);
        assertThat(collectionVersion()).isGreaterThan(versionBefore);
        assertThat(history()).containsExactly("PUBLISHED by ana: awaiting review -> published");
        assertThat(getOk("/articles/" + slug).select(".corrected"))
                .as("publishing corrects nothing")
                .isEmpty();
        Document form = ana.getOk("/editor/articles/" + slug);
        assertThat(form.select("button[name=publish]"))
                .as("published once, for good")
                .isEmpty();
        assertThat(form.select(".intro").text()).doesNotContain("awaiting review");
    }

    @Test
    void publishingIsRefusedWhileTheHeadlineIsOnlyTheFilesNameStandingInForOne() {
        String tumen = importForReview("tumen-bridge.txt");
        Document form = ana.getOk("/editor/articles/" + tumen);
        assertThat(form.select("#article-headline").val()).isEqualTo("tumen-bridge.txt");
        assertThat(form.select(".notice").eachText())
                .anySatisfy(notice -> assertThat(notice).startsWith("No headline could be proposed"));

        Page refused = ana.submit(form, "form.editor-form", fields -> fields.add(Map.entry("publish", "true")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#article-headline-error").text())
                .isEqualTo("Write the article's headline before publishing it: “tumen-bridge.txt” is the name of its"
                        + " file, standing in because no headline could be proposed from its first sentence.");
        assertThat(get("/articles/" + tumen).status()).isEqualTo(404);

        Page published = ana.submit(refused.document(), "form.editor-form", fields -> {
            fields.removeIf(field -> field.getKey().equals("metadata.headline"));
            fields.add(Map.entry("metadata.headline", "Russia and North Korea discuss the Tumen bridge"));
            fields.add(Map.entry("publish", "true"));
        });

        assertThat(published.status()).isEqualTo(302);
        String article = published.location().replace("/editor/articles/", "/articles/");
        assertThat(getOk(article).select("h1").text()).isEqualTo("Russia and North Korea discuss the Tumen bridge");
    }

    @Test
    void publishingAHiddenArticleStillLeavesItHidden() {
        ana.submit(ana.getOk("/editor/articles/" + slug), "form.editor-form", fields -> {
            fields.add(Map.entry("hidden", "true"));
            fields.add(Map.entry("publish", "true"));
        });

        assertThat(get("/articles/" + slug).status()).isEqualTo(404);
        assertThat(jdbc.sql("select awaiting_review from article where slug = ?")
                        .param(slug)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private void assertNotPublic() {
        String path = "/articles/" + slug;
        assertThat(get(path).status()).isEqualTo(404);
        assertThat(get("/api/v1/articles/" + slug, "Accept", "application/json").status())
                .isEqualTo(404);
        assertThat(getOk("/?view=articles").select("#entry-" + slug)).isEmpty();
        assertThat(getOk("/?q=deminers").select(".entry")).isEmpty();
        assertThat(getOk("/?view=articles").select(".entry")).hasSize(Editorial.SEED_ARTICLES);
        for (String file :
                List.of("/feed.atom", "/export.csv", "/export/timelinejs.json", "/sitemaps/articles-1.xml")) {
            Page page = get(file);
            assertThat(page.status()).as(file).isEqualTo(200);
            assertThat(page.html()).as(file).doesNotContain(slug).doesNotContain("deminers");
        }
        Page api = get("/api/v1/articles?limit=100", "Accept", "application/json");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.html()).doesNotContain(slug).doesNotContain("deminers");
        assertThat(getOk("/entities/sergei-shoigu").select(".entity-count").text())
                .as("the seed articles' mentions only")
                .startsWith("Mentioned in 3 articles");
    }

    /** The changes editors made to the article, as "FIELD by who: before -> after". */
    private List<String> history() {
        return jdbc.sql("""
                        select c.field || ' by ' || e.username || ': ' || c.old_value || ' -> ' || c.new_value
                        from article_change c
                        join editor e on e.id = c.editor_id
                        join article a on a.id = c.article_id
                        where a.slug = ?
                        order by c.id
                        """).param(slug).query(String.class).list();
    }

    private long collectionVersion() {
        return jdbc.sql("select number from collection_version")
                .query(Long.class)
                .single();
    }
}
