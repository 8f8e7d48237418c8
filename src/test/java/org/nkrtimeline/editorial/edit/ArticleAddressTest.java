package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.editorial.importing.ArticleImporter;
import org.nkrtimeline.editorial.importing.Publish;
import org.nkrtimeline.editorial.importing.SourceFile;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/**
 * An article's address (slug) follows its headline until the article is first published, and then
 * stays. Every address it had leads to it: a permanent redirect for readers (only to a public article)
 * and editors, and no other article ever takes it.
 */
class ArticleAddressTest extends EditorWebTest {

    /** The slug the command line gives the Kursk file, from its first sentence. */
    private static final String PROPOSED =
            "north-korea-will-send-deminers-and-military-builders-to-russias-kursk-region";

    @Autowired
    ArticleImporter importer;

    @Autowired
    DataSource dataSource;

    private EditorSession ana;

    @BeforeEach
    void anArticleImportedForReview() {
        assertThat(importForReview("kursk-deminers.txt")).isEqualTo(PROPOSED);
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

    /** Saves the article's form at {@code slug} with a new headline, publishing it if asked. */
    private Page saveHeadline(String slug, String headline, boolean publish) {
        return ana.submit(ana.getOk("/editor/articles/" + slug), "form.editor-form", fields -> {
            fields.removeIf(field -> field.getKey().equals("metadata.headline"));
            fields.add(Map.entry("metadata.headline", headline));
            if (publish) {
                fields.add(Map.entry("publish", "true"));
            }
        });
    }

    @Test
    void beforePublicationTheAddressFollowsTheHeadlineAndTheFormerOneLeadsEditorsToIt() {
        Page saved = saveHeadline(PROPOSED, "Deminers for Kursk", false);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo("/editor/articles/deminers-for-kursk");
        assertThat(ana.getOk(saved.location()).select("[role=status]").text()).isEqualTo("Saved: Headline, Address.");
        assertThat(lastChange("deminers-for-kursk"))
                .isEqualTo("ADDRESS: /articles/" + PROPOSED + " -> /articles/deminers-for-kursk");

        Page editForm = ana.get("/editor/articles/" + PROPOSED);
        assertThat(editForm.status()).isEqualTo(301);
        assertThat(editForm.location()).isEqualTo("/editor/articles/deminers-for-kursk");
        assertThat(ana.get("/editor/articles/" + PROPOSED + "/history").location())
                .isEqualTo("/editor/articles/deminers-for-kursk/history");
        Page articlePage = ana.get("/articles/" + PROPOSED);
        assertThat(articlePage.status()).isEqualTo(301);
        assertThat(articlePage.location()).isEqualTo("/articles/deminers-for-kursk");
        assertThat(get("/articles/" + PROPOSED).status())
                .as("a reader learns nothing of an article awaiting review, not even its new address")
                .isEqualTo(404);
        assertThat(get("/articles/deminers-for-kursk").status()).isEqualTo(404);
    }

    @Test
    void theSaveThatPublishesGivesTheAddressOfTheNewHeadlineAndAfterThatItStays() {
        Page published = saveHeadline(PROPOSED, "North Korea to send deminers to Kursk", true);

        assertThat(published.location()).isEqualTo("/editor/articles/north-korea-to-send-deminers-to-kursk");
        assertThat(get("/articles/north-korea-to-send-deminers-to-kursk").status())
                .isEqualTo(200);

        Page corrected = saveHeadline("north-korea-to-send-deminers-to-kursk", "Deminers for Kursk", false);

        assertThat(corrected.location()).isEqualTo("/editor/articles/north-korea-to-send-deminers-to-kursk");
        assertThat(getOk("/articles/north-korea-to-send-deminers-to-kursk")
                        .select("h1")
                        .text())
                .isEqualTo("Deminers for Kursk");
        assertThat(get("/articles/deminers-for-kursk").status()).isEqualTo(404);
        assertThat(lastChange("north-korea-to-send-deminers-to-kursk"))
                .isEqualTo("HEADLINE: North Korea to send deminers to Kursk -> Deminers for Kursk");
    }

    @Test
    void aFormerAddressOfAPublishedArticleRedirectsReadersPermanentlyWithTheirFilter() {
        saveHeadline(PROPOSED, "Deminers for Kursk", true);

        Page former = get("/articles/" + PROPOSED + "?q=shoigu&topic=war-in-ukraine");

        assertThat(former.status()).isEqualTo(301);
        assertThat(former.location()).isEqualTo("/articles/deminers-for-kursk?q=shoigu&topic=war-in-ukraine");
        assertThat(get(former.location()).status()).isEqualTo(200);
        Page api = get("/api/v1/articles/" + PROPOSED, "Accept", "application/json");
        assertThat(api.status()).isEqualTo(301);
        assertThat(api.location()).isEqualTo("/api/v1/articles/deminers-for-kursk");
        assertThat(get("/articles/no-such-article").status()).isEqualTo(404);
    }

    @Test
    void noArticleTakesAnAddressAnotherHasOrHad() {
        saveHeadline(PROPOSED, "Deminers for Kursk", false);
        // Imported again under another name and with another text, the same first sentence proposes
        // the same headline: its address is taken, though only as a former one.
        String again = importer.importFile(
                        new SourceFile(
                                "kursk-again.txt",
                                ("North Korea will send deminers and military builders to Russia's Kursk region, "
                                                + "Shoigu says after Pyongyang talks. A second text.")
                                        .getBytes(StandardCharsets.UTF_8)),
                        Publish.AFTER_REVIEW)
                .slug();

        assertThat(again).isEqualTo(PROPOSED + "-2");
        assertThatThrownBy(() -> jdbc.sql("update article set slug = ? where slug = ?")
                        .param(PROPOSED)
                        .param(again)
                        .update())
                .as("the database refuses it too, whoever writes")
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("belongs or belonged to another article");

        Page taken = saveHeadline(again, "Deminers for Kursk", false);

        assertThat(taken.location()).isEqualTo("/editor/articles/deminers-for-kursk-2");
    }

    @Test
    void anArticleMayTakeBackItsOwnFormerAddress() {
        saveHeadline(PROPOSED, "Deminers for Kursk", false);

        Page back = saveHeadline(
                "deminers-for-kursk",
                "North Korea will send deminers and military builders to Russia's Kursk region, Shoigu says",
                false);

        assertThat(back.location()).isEqualTo("/editor/articles/" + PROPOSED);
        assertThat(ana.get("/editor/articles/deminers-for-kursk").location()).isEqualTo("/editor/articles/" + PROPOSED);
    }

    @Test
    void aHeadlineWithoutALetterOrDigitToMakeAnAddressOfKeepsTheAddress() {
        Page saved = saveHeadline(PROPOSED, "Курск: саперы из КНДР", false);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo("/editor/articles/" + PROPOSED);
        assertThat(ana.getOk(saved.location()).select("#article-headline").val())
                .isEqualTo("Курск: саперы из КНДР");
    }

    @Test
    void aStaleFormSentToAFormerAddressIsAConflictNotANotFound() {
        Document stale = ana.getOk("/editor/articles/" + PROPOSED);
        EditorSession ben = newEditor("ben");
        ben.submit(ben.getOk("/editor/articles/" + PROPOSED), "form.editor-form", Map.of("metadata.headline", "Ben's"));

        Page conflict = ana.submit(stale, "form.editor-form", Map.of("metadata.eventDate", "2025-06-17"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.document().select("form.editor-form").attr("action"))
                .isEqualTo("/editor/articles/bens");
    }

    /** Transactions of this database waiting for an advisory lock. */
    private long savesWaitingForTheLock() throws Exception {
        try (Connection observer = dataSource.getConnection();
                Statement count = observer.createStatement();
                var rows = count.executeQuery("select count(*) from pg_locks where locktype = 'advisory'"
                        + " and not granted and database = (select oid from pg_database"
                        + " where datname = current_database())")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void twoEditorsGivingTwoArticlesTheSameHeadlineAtOnceGetTwoAddresses() throws Exception {
        String other = importForReview("pyongyang-treaty.txt");
        EditorSession ben = newEditor("ben");
        Document anasForm = ana.getOk("/editor/articles/" + PROPOSED);
        Document bensForm = ben.getOk("/editor/articles/" + other);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            // Both saves reach the choice of an address while this transaction holds its lock, so
            // they look for a free address at the same moment as soon as it is released.
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + FreeAddresses.CHOOSING_AN_ADDRESS + ")");
            }
            Future<Page> anas = editors.submit(
                    () -> ana.submit(anasForm, "form.editor-form", Map.of("metadata.headline", "The same headline")));
            Future<Page> bens = editors.submit(
                    () -> ben.submit(bensForm, "form.editor-form", Map.of("metadata.headline", "The same headline")));
            await().atMost(Duration.ofSeconds(10)).until(() -> savesWaitingForTheLock() == 2);
            assertThat(anas.isDone() || bens.isDone())
                    .as("both wait for the lock")
                    .isFalse();
            holder.rollback();

            assertThat(List.of(
                            anas.get(30, TimeUnit.SECONDS).location(),
                            bens.get(30, TimeUnit.SECONDS).location()))
                    .containsExactlyInAnyOrder(
                            "/editor/articles/the-same-headline", "/editor/articles/the-same-headline-2");
        } finally {
            editors.shutdownNow();
        }
    }

    private String lastChange(String slug) {
        List<String> changes = jdbc.sql("""
                        select c.field || ': ' || c.old_value || ' -> ' || c.new_value
                        from article_change c
                        join article a on a.id = c.article_id
                        where a.slug = ?
                        order by c.id desc
                        """).param(slug).query(String.class).list();
        return changes.get(0);
    }
}
