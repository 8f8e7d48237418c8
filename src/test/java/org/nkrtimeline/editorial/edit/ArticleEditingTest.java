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
import org.nkrtimeline.support.SeedArticles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editors correct an article through its edit form: every change is saved with who, when, and the
 * values before and after; readers see "Corrected on"; a stale form never overwrites another
 * editor's change; a hidden article leaves every public page.
 */
class ArticleEditingTest extends EditorWebTest {

    @Autowired
    ArticleImporter importer;

    private String slug;
    private String form;

    @BeforeEach
    void anImportedArticleAndTwoEditors() throws IOException {
        accounts.create("ana", PASSWORD);
        accounts.create("ben", PASSWORD);
        try (InputStream in = getClass().getResourceAsStream("/import/kursk-deminers.txt")) {
            slug = importer.importFile(new SourceFile("kursk-deminers.txt", in.readAllBytes()), Publish.NOW)
                    .slug();
        }
        form = "/editor/articles/" + slug;
    }

    @Test
    void settingTheEventDateMovesTheArticleIntoPlaceAndIsRecordedWithBothValues() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);
        assertThat(timelineOrder().get(timelineOrder().size() - 1))
                .as("undated, so last")
                .isEqualTo(slug);

        Page saved = ana.submit(ana.getOk(form), "form.editor-form", Map.of("metadata.eventDate", "2025-06-17"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo(form);
        assertThat(ana.getOk(form).select("[role=status]").text()).isEqualTo("Saved: Event date.");
        List<String> order = timelineOrder();
        assertThat(order.indexOf(slug)).isEqualTo(order.indexOf(SeedArticles.C) + 1);
        Document history = ana.getOk(form + "/history");
        assertThat(history.select("tbody tr")).hasSize(3);
        assertThat(history.select("tbody tr").get(0).text())
                .contains("command-line import", "Imported", "from kursk-deminers.txt");
        assertThat(history.select("tbody tr").get(1).text())
                .contains("command-line import", "Published", "published at its import");
        assertThat(history.select("tbody tr").get(2).select("td").eachText().subList(1, 5))
                .containsExactly("ana", "Event date", "unknown", "2025-06-17");
    }

    @Test
    void readersSeeThatAPublishedArticleWasCorrected() {
        assertThat(getOk("/articles/" + slug).select(".corrected")).isEmpty();
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);

        ana.submit(
                ana.getOk(form), "form.editor-form", Map.of("metadata.headline", "Kursk to get North Korean deminers"));

        Document page = getOk("/articles/" + slug);
        assertThat(page.select("h1").text()).isEqualTo("Kursk to get North Korean deminers");
        assertThat(page.select(".corrected").text()).startsWith("Corrected on");
        assertThat(page.select(".corrected time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ana.getOk(form).select(".intro").text())
                .contains("imported from kursk-deminers.txt on", "last corrected on")
                .doesNotContain("hidden");
    }

    @Test
    void aFormThatChangesNothingRecordsNothing() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);

        ana.submit(ana.getOk(form), "form.editor-form", Map.of());

        assertThat(ana.getOk(form).select("[role=status]").text()).isEqualTo("Nothing changed.");
        assertThat(changes()).as("the import and its publication").isEqualTo(2);
        assertThat(getOk("/articles/" + slug).select(".corrected")).isEmpty();
    }

    @Test
    void everyWrongFieldGetsItsMessageAndNothingIsSaved() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);
        String headline = headline();

        Page refused = ana.submit(
                ana.getOk(form),
                "form.editor-form",
                Map.of(
                        "metadata.headline", " ",
                        "metadata.eventDate", "2025-02-30",
                        "metadata.eventDateEstimated", "true",
                        "metadata.eventDateSourceUrl", "javascript:alert(1)",
                        "metadata.publishedDate", "17 June 2025"));

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.document();
        assertThat(page.select("#article-headline-error").text()).isEqualTo("Give the article a headline.");
        assertThat(page.select("#article-event-date-error").text())
                .isEqualTo("“2025-02-30” is not a date in the calendar.");
        assertThat(page.select("#article-event-note-error").text()).startsWith("Say why the date is an estimate");
        assertThat(page.select("#article-event-source-error").text()).startsWith("A source link is a web address");
        assertThat(page.select("#article-published-error").text()).isEqualTo("Write the date as YYYY-MM-DD.");
        assertThat(page.select("#article-event-date").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#article-published").val())
                .as("what was typed stays")
                .isEqualTo("17 June 2025");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(headline()).isEqualTo(headline);
        assertThat(changes()).as("the import and its publication").isEqualTo(2);
    }

    @Test
    void anEstimateIsSavedWithItsReasonAndSourceAndShownAsOne() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);

        ana.submit(
                ana.getOk(form),
                "form.editor-form",
                Map.of(
                        "metadata.eventDate", "2025-06",
                        "metadata.eventDateEstimated", "true",
                        "metadata.eventDateNote",
                                "The text says only 'on Tuesday'; the header gives the publication day.",
                        "metadata.eventDateSourceUrl", "https://example.org/report"));

        Map<String, Object> row = jdbc.sql("""
                select event_date::text as day, event_date_precision, event_date_estimated, event_date_source_url
                from article where slug = ?""").param(slug).query().singleRow();
        assertThat(row)
                .containsEntry("day", "2025-06-01")
                .containsEntry("event_date_precision", "MONTH")
                .containsEntry("event_date_estimated", true)
                .containsEntry("event_date_source_url", "https://example.org/report");
        Document page = getOk("/articles/" + slug);
        assertThat(page.select(".article-dates time").first().attr("datetime")).isEqualTo("2025-06");
        assertThat(page.select(".article-dates .estimate-badge").first().text()).isEqualTo("estimate");
        assertThat(page.select(".date-note").text()).contains("on Tuesday");
    }

    @Test
    void aStaleFormIsRefusedWithWhatChangedAndKeepsBothEditorsWork() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);
        EditorSession ben = EditorSession.signedIn(port, "ben", PASSWORD);
        Document bensForm = ben.getOk(form);
        ana.submit(ana.getOk(form), "form.editor-form", Map.of("metadata.headline", "Ana's headline"));

        Page conflict = ben.submit(bensForm, "form.editor-form", Map.of("metadata.eventDate", "2025-06-17"));

        assertThat(conflict.status()).isEqualTo(409);
        Document page = conflict.document();
        assertThat(page.select("#conflict-heading").text())
                .isEqualTo("Someone else changed this article while you were editing");
        assertThat(page.select("section[role=alert] li").text()).contains("Headline", "ana", "Ana's headline");
        assertThat(page.select("#article-event-date").val())
                .as("Ben's typing is kept")
                .isEqualTo("2025-06-17");
        assertThat(headline()).isEqualTo("Ana's headline");
        assertThat(eventDate()).as("nothing of Ben's saved").isEqualTo("unknown");

        // Ben saves again knowingly, from the refreshed form with Ana's headline in it.
        Page saved = ben.submit(page, "form.editor-form", Map.of("metadata.headline", "Ana's headline"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(headline()).isEqualTo("Ana's headline");
        assertThat(eventDate()).isEqualTo("2025-06-17");
    }

    @Test
    void aHiddenArticleLeavesEveryPublicPageButEditorsStillReachIt() {
        String shoiguBefore =
                getOk("/entities/sergei-shoigu").select(".entity-count").text();
        long topicTotal = publicTopicTotal();
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);

        ana.submit(ana.getOk(form), "form.editor-form", fields -> fields.add(Map.entry("hidden", "true")));

        assertThat(get("/articles/" + slug).status()).isEqualTo(404);
        assertThat(timelineOrder()).doesNotContain(slug).hasSize(5);
        assertThat(getOk("/?q=deminers").select(".entry")).isEmpty();
        assertThat(publicTopicTotal()).isLessThan(topicTotal);
        assertThat(getOk("/?entity=sergei-shoigu").select("#entry-" + slug)).isEmpty();
        Document asEditor = ana.getOk("/articles/" + slug);
        assertThat(asEditor.select("[role=status]").text())
                .isEqualTo("Hidden from readers: only editors see this page.");
        assertThat(lastChange()).containsExactly("HIDDEN", "shown to readers", "hidden from readers");
        assertThat(shoiguBefore).startsWith("Mentioned in 4 articles");
        assertThat(getOk("/entities/sergei-shoigu").select(".entity-count").text())
                .startsWith("Mentioned in 3 articles");
        assertThat(asEditor.select(".corrected"))
                .as("hiding corrects nothing readers saw")
                .isEmpty();
    }

    @Test
    void fixingTopicsChangesWhereTheTopicFiltersFindTheArticle() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);
        assertThat(getOk("/?topic=war-in-ukraine").select("#entry-" + slug)).hasSize(1);
        assertThat(getOk("/?topic=space").select("#entry-" + slug)).isEmpty();

        ana.submit(ana.getOk(form), "form.editor-form", fields -> {
            fields.removeIf(field ->
                    field.getKey().equals("metadata.topics") && field.getValue().equals("war-in-ukraine"));
            fields.add(Map.entry("metadata.topics", "space"));
        });

        assertThat(getOk("/?topic=war-in-ukraine").select("#entry-" + slug)).isEmpty();
        assertThat(getOk("/?topic=space").select("#entry-" + slug)).hasSize(1);
        List<String> change = lastChange();
        assertThat(change.get(0)).isEqualTo("TOPICS");
        assertThat(change.get(1)).contains("War in Ukraine");
        assertThat(change.get(2)).contains("Space").doesNotContain("War in Ukraine");
    }

    @Test
    void entitiesCanBeCorrectedIncludingOneTheTextNamesInOtherWords() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);
        assertThat(entities()).contains("sergei-shoigu", "kim-jong-un");

        ana.submit(ana.getOk(form), "form.editor-form", fields -> {
            fields.removeIf(field ->
                    field.getKey().equals("entities") && field.getValue().equals("kim-jong-un"));
            fields.add(Map.entry("entities", "vladimir-putin"));
        });

        assertThat(entities()).contains("sergei-shoigu", "vladimir-putin").doesNotContain("kim-jong-un");
        assertThat(jdbc.sql("""
                select ae.mention_count from article_entity ae join entity e on e.id = ae.entity_id
                join article a on a.id = ae.article_id
                where a.slug = ? and e.slug = 'vladimir-putin'""").param(slug).query(Integer.class).single()).isZero();
        assertThat(lastChange().get(0)).isEqualTo("ENTITIES");
        assertThat(getOk("/articles/" + slug).select("a.chip[href=/entities/vladimir-putin]"))
                .hasSize(1);
    }

    @Test
    void anUnknownTopicOrEntityOrAMissingVersionIsRefusedWithAMessage() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);

        Page unknown = ana.submit(ana.getOk(form), "form.editor-form", fields -> {
            fields.add(Map.entry("metadata.topics", "no-such-topic"));
            fields.add(Map.entry("entities", "<script>alert(1)</script>"));
        });
        Page noVersion = ana.submit(
                ana.getOk(form),
                "form.editor-form",
                fields -> fields.removeIf(f -> f.getKey().equals("version")));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.document().select(".field-error").eachText())
                .contains("Choose topics from the list.", "Choose people, places and organisations from the list.");
        assertThat(unknown.html()).doesNotContain("<script>alert(1)");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.document().select(".form-problem").text()).contains("This form is incomplete");
        assertThat(changes()).as("the import and its publication").isEqualTo(2);
    }

    @Test
    void anUnknownArticleHasNoEditPage() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);

        assertThat(ana.get("/editor/articles/no-such-article").status()).isEqualTo(404);
        assertThat(ana.get("/editor/articles/no-such-article/history").status()).isEqualTo(404);
    }

    private List<String> timelineOrder() {
        return getOk("/?view=articles").select("article.entry, .entry").eachAttr("id").stream()
                .filter(id -> id.startsWith("entry-"))
                .map(id -> id.substring("entry-".length()))
                .distinct()
                .toList();
    }

    private long publicTopicTotal() {
        return getOk("/topics").select(".count").eachText().stream()
                .mapToLong(text -> Long.parseLong(text.replaceAll("\\D", "")))
                .sum();
    }

    private String headline() {
        return jdbc.sql("select headline from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private String eventDate() {
        return jdbc.sql("select coalesce(event_date::text, 'unknown') from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private List<String> entities() {
        return jdbc.sql("""
                select e.slug from article_entity ae join entity e on e.id = ae.entity_id
                join article a on a.id = ae.article_id
                where a.slug = ? order by e.slug""").param(slug).query(String.class).list();
    }

    private long changes() {
        return jdbc.sql("select count(*) from article_change c join article a on a.id = c.article_id where a.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private List<String> lastChange() {
        return jdbc.sql("""
                select field, old_value, new_value from article_change c join article a on a.id = c.article_id
                where a.slug = ? order by c.id desc limit 1""")
                .param(slug)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }
}
