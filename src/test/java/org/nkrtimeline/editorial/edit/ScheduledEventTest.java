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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An article cannot normally report an event after it was published: such an event date is refused
 * with a warning unless the editor confirms that the article reports a scheduled event, on the edit
 * form and on the import review. The confirmation is kept, and readers, the feed and the API are told
 * the event was still to come, rather than shown a negative lag as if the date were a mistake.
 */
class ScheduledEventTest extends EditorWebTest {

    /** The Kursk file's header: published on 17 June 2025. */
    private static final String PUBLISHED = "2025-06-17";

    private static final String WARNING = "The event date (2025-07-17) is after the publication date (2025-06-17): an"
            + " article cannot normally report an event after it was published. Check both dates; if the article"
            + " announces an event still to come, tick “This article reports a scheduled event”.";

    @Autowired
    ArticleImporter importer;

    private String slug;
    private String form;
    private EditorSession ana;

    @BeforeEach
    void aPublishedArticle() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/import/kursk-deminers.txt")) {
            slug = importer.importFile(new SourceFile("kursk-deminers.txt", in.readAllBytes()), Publish.NOW)
                    .slug();
        }
        form = "/editor/articles/" + slug;
        ana = newEditor("ana");
    }

    @Test
    void anEventDateAfterThePublicationDateIsRefusedWithAWarningUntilConfirmed() {
        Page refused = ana.submit(ana.getOk(form), "form.editor-form", Map.of("metadata.eventDate", "2025-07-17"));

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.document();
        assertThat(page.select("#article-scheduled-error").text()).isEqualTo(WARNING);
        assertThat(page.select("#article-scheduled").attr("aria-describedby")).isEqualTo("article-scheduled-error");
        assertThat(page.select("#article-event-date").val()).isEqualTo("2025-07-17");
        assertThat(eventDate()).as("nothing saved").isEqualTo("unknown");

        Page saved = ana.submit(page, "form.editor-form", Map.of("metadata.eventScheduled", "true"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(eventDate()).isEqualTo("2025-07-17 scheduled");
        assertThat(lastChange())
                .containsExactly("EVENT_DATE", "unknown", "2025-07-17 (scheduled: still to come when published)");
        assertThat(ana.getOk(form).select("#article-scheduled").hasAttr("checked"))
                .isTrue();
    }

    @Test
    void readersTheFeedAndTheApiAreToldTheEventWasStillToCome() {
        ana.submit(
                ana.getOk(form),
                "form.editor-form",
                Map.of("metadata.eventDate", "2025-07-17", "metadata.eventScheduled", "true"));

        Document article = getOk("/articles/" + slug);
        assertThat(article.select(".article-dates").text())
                .contains("17 Jun 2025, 30 days before the scheduled event")
                .doesNotContain("earlier");
        Document byPublication = getOk("/?axis=published");
        assertThat(byPublication.select("#entry-" + slug + " .entry-dates").text())
                .contains("17 Jul 2025, scheduled 30 days ahead");
        assertThat(getOk("/").select("#entry-" + slug + " .entry-dates").text())
                .contains("17 Jun 2025, 30 days before the scheduled event");
        assertThat(get("/feed.atom").html())
                .contains("A scheduled event, still to come when the article was published.");
        Page api = get("/api/v1/articles/" + slug, "Accept", "application/json");
        assertThat(api.html())
                .containsPattern("\"date\"\\s*:\\s*\"2025-07-17\"")
                .containsPattern("\"scheduled\"\\s*:\\s*true");
    }

    @Test
    void aMonthOrAYearCountsFromItsFirstDayAndGetsNoDayCount() {
        Page sameMonth = ana.submit(ana.getOk(form), "form.editor-form", Map.of("metadata.eventDate", "2025-06"));
        assertThat(sameMonth.status())
                .as("June 2025 may have begun before the 17th: no warning")
                .isEqualTo(302);

        Page nextYear = ana.submit(ana.getOk(form), "form.editor-form", Map.of("metadata.eventDate", "2026"));
        assertThat(nextYear.status()).isEqualTo(400);
        assertThat(nextYear.document().select("#article-scheduled-error").text())
                .startsWith("The event date (2026) is after the publication date (2025-06-17)");

        ana.submit(nextYear.document(), "form.editor-form", Map.of("metadata.eventScheduled", "true"));
        assertThat(getOk("/articles/" + slug).select(".article-dates").text())
                .contains("17 Jun 2025, before the scheduled event");
    }

    @Test
    void anArticleSavedBeforeTheRuleWithAnEventAfterItsPublicationIsFlaggedOnItsForm() {
        // As V18 found some articles: dated so, without the confirmation.
        jdbc.sql("update article set event_date = date '2025-07-17' where slug = ?")
                .param(slug)
                .update();

        assertThat(ana.getOk(form).select(".notice").eachText())
                .anySatisfy(notice -> assertThat(notice).startsWith("The event date is after the publication date"));

        ana.submit(ana.getOk(form), "form.editor-form", Map.of("metadata.eventScheduled", "true"));

        assertThat(ana.getOk(form).select(".notice").eachText())
                .noneSatisfy(notice -> assertThat(notice).startsWith("The event date is after the publication date"));
    }

    @Test
    void theConfirmationIsRefusedForAnEventThatIsNotAfterThePublication() {
        Page refused = ana.submit(
                ana.getOk(form),
                "form.editor-form",
                Map.of("metadata.eventDate", PUBLISHED, "metadata.eventScheduled", "true"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#article-scheduled-error").text())
                .isEqualTo("Untick “This article reports a scheduled event”: only an event dated after the"
                        + " publication date can be one.");
        assertThat(eventDate()).isEqualTo("unknown");
    }

    @Test
    void theImportReviewWarnsAndRequiresTheConfirmationToo() throws IOException {
        byte[] treaty;
        try (InputStream in = getClass().getResourceAsStream("/import/pyongyang-treaty.txt")) {
            treaty = in.readAllBytes();
        }
        Document review = ana.upload(ana.getOk("/editor/import"), List.of(Map.entry("pyongyang-treaty.txt", treaty)))
                .document();

        Page refused = ana.submit(
                review, "form[action=/editor/import/confirm]", Map.of("files[0].metadata.eventDate", "2024-07"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#draft-0-scheduled-error").text())
                .startsWith("The event date (2024-07) is after the publication date (2024-06-20)");
        assertThat(jdbc.sql("select count(*) from article where source_file = 'pyongyang-treaty.txt'")
                        .query(Long.class)
                        .single())
                .isZero();

        Page imported = ana.submit(
                refused.document(),
                "form[action=/editor/import/confirm]",
                Map.of("files[0].metadata.eventScheduled", "true"));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select event_date || ' ' || event_date_precision || ' ' || event_scheduled
                        from article
                        where source_file = 'pyongyang-treaty.txt'
                        """).query(String.class).single()).isEqualTo("2024-07-01 MONTH true");
    }

    private String eventDate() {
        return jdbc.sql("""
                        select coalesce(event_date::text, 'unknown')
                               || case when event_scheduled then ' scheduled' else '' end
                        from article
                        where slug = ?
                        """).param(slug).query(String.class).single();
    }

    private List<String> lastChange() {
        return jdbc.sql("""
                        select field, old_value, new_value from article_change c join article a on a.id = c.article_id
                        where a.slug = ? order by c.id desc limit 1""")
                .param(slug)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .get(0);
    }
}
