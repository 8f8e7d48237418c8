package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.SeedArticles;

/**
 * The editors' page of an event, over real HTTP with the real database: corrections of its title,
 * dates and summary reach the public pages with "Corrected on" and go to its history; a stale form is
 * refused with what the other editor changed, and keeps the editor's values; bad dates are refused
 * field by field; a report's role changes, or the report leaves the event, in both histories.
 *
 * <p>Each test works on an event of its own, which the seed article D reports for the test's length.
 */
class EventEditingTest extends EditorWebTest {

    private static final String SLUG = "condolences-under-test";
    private static final String PAGE = "/editor/events/" + SLUG;
    private static final String FORM = "form[action=" + PAGE + "]";
    private static final String SEED_EVENT = "kim-condolences-crocus-city-hall-2024";
    private static final String MERGE_FORM = "form[action=" + PAGE + "/merge]";

    private EditorSession editor;

    private static final String AN_EVENT = """
            insert into event (slug, title, event_date, summary)
            values (?, 'Kim sends condolences', '2024-03-23',
                    'Kim Jong Un sent Vladimir Putin a message of condolence.')""";

    private static final String BACK_IN_ITS_EVENT = """
            insert into event_report (article_id, event_id, role)
            select a.id, e.id, 'first_report' from article a, event e where a.slug = ? and e.slug = ?""";

    private static final String MOVE_D = """
            update event_report set event_id = (select id from event where slug = ?), role = ?
            where article_id = (select id from article where slug = ?)""";

    @BeforeEach
    void anEventReportedByD() {
        jdbc.sql(AN_EVENT).param(SLUG).update();
        jdbc.sql(MOVE_D).params(SLUG, "first_report", SeedArticles.D).update();
        editor = newEditor("event-corrector");
    }

    @AfterEach
    void dBackInItsSeedEvent() {
        jdbc.sql("delete from event_report where article_id = (select id from article where slug = ?)")
                .param(SeedArticles.D)
                .update();
        jdbc.sql(BACK_IN_ITS_EVENT).params(SeedArticles.D, SEED_EVENT).update();
        jdbc.sql("delete from event where slug = ?").param(SLUG).update();
    }

    @Test
    void aCorrectionReachesThePublicPagesWithItsDateAndGoesToTheHistory() {
        Page saved = editor.submit(
                editor.getOk(PAGE),
                FORM,
                Map.of(
                        "title", "Kim Jong Un sends Putin condolences",
                        "start", "2024-03-22",
                        "end", "2024-03-23",
                        "summary", "After the attack of 22 March, Kim Jong Un sent Putin his condolences."));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo(PAGE);
        assertThat(editor.getOk(PAGE).select("[role=status]").text()).isEqualTo("Saved: Title, Dates, Summary.");
        Document event = getOk("/events/" + SLUG);
        assertThat(event.select("h1").text()).isEqualTo("Kim Jong Un sends Putin condolences");
        assertThat(event.select(".article-dates time").eachAttr("datetime"))
                .containsExactly("2024-03-22", "2024-03-23");
        assertThat(event.select(".corrected").text()).startsWith("Corrected on");
        // The timeline reads an event's title from the database: no reindex needed.
        assertThat(getOk("/").select("#event-" + SLUG + " .entry-headline").text())
                .isEqualTo("Kim Jong Un sends Putin condolences");
        assertThat(editor.getOk(PAGE).select(".history tbody tr").eachText())
                .hasSize(3)
                .allMatch(row -> row.contains("event-corrector"))
                .anyMatch(row -> row.contains("Dates 2024-03-23 (DAY) 2024-03-22 – 2024-03-23 (DAY)"));
    }

    @Test
    void theEditorsListShowsEveryEventNewestFirstWithItsReportsAndLinksToItsPage() {
        Document list = editor.getOk("/editor/events");

        assertThat(list.select("tbody tr a").eachAttr("href"))
                .startsWith(PAGE)
                .contains("/editor/events/" + SEED_EVENT, "/editor/events/kim-jong-un-visits-russia-2023");
        assertThat(list.select("tbody tr").first().text()).isEqualTo("Kim sends condolences 23 Mar 2024 1, 1 public");
        assertThat(list.select("tbody tr:contains(Crocus) td").last().text())
                .as("its report moved to the test's event")
                .isEqualTo("0, 0 public");
        assertThat(editor.get("/editor/events?before=%3Cx%3E").status()).isEqualTo(200);
        assertThat(editor.getOk("/editor").select("a[href=/editor/events]")).hasSize(1);
    }

    @Test
    void aFormThatChangedNothingSavesNothing() {
        Page saved = editor.submit(editor.getOk(PAGE), FORM, Map.of());

        assertThat(saved.status()).isEqualTo(302);
        assertThat(editor.getOk(PAGE).select("[role=status]").text()).isEqualTo("Nothing changed.");
        assertThat(getOk("/events/" + SLUG).select(".corrected")).isEmpty();
        assertThat(editor.getOk(PAGE).select(".history")).isEmpty();
    }

    @Test
    void aStaleFormIsRefusedWithTheOtherEditorsChangeAndKeepsTheEditorsValues() {
        EditorSession other = newEditor("other-corrector");
        Document mine = editor.getOk(PAGE);
        Document theirs = other.getOk(PAGE);
        assertThat(other.submit(theirs, FORM, Map.of("title", "Their title")).status())
                .isEqualTo(302);

        Page refused = editor.submit(mine, FORM, Map.of("title", "My title"));

        assertThat(refused.status()).isEqualTo(409);
        Document page = refused.document();
        assertThat(page.select("#conflict-heading").text())
                .isEqualTo("Someone else changed this event while you were editing");
        assertThat(page.select(".form-problem li").text())
                .contains("other-corrector")
                .contains("Their title");
        assertThat(page.select("#event-title").val()).isEqualTo("My title");
        assertThat(getOk("/events/" + SLUG).select("h1").text()).isEqualTo("Their title");
        // Saved again knowingly, it goes through.
        assertThat(editor.submit(page, FORM, Map.of()).status()).isEqualTo(302);
        assertThat(getOk("/events/" + SLUG).select("h1").text()).isEqualTo("My title");
    }

    @Test
    void badDatesAreRefusedFieldByFieldAndNothingIsSaved() {
        Document form = editor.getOk(PAGE);

        Page notADate = editor.submit(form, FORM, Map.of("start", "2024-13-01", "title", "Changed"));
        Page endFirst = editor.submit(form, FORM, Map.of("start", "2024-03-23", "end", "2024-03-20"));
        Page mixed = editor.submit(form, FORM, Map.of("start", "2024-03", "end", "2024-04-02"));
        Page estimateWithoutReason = editor.submit(form, FORM, Map.of("estimated", "true", "note", ""));
        Page script = editor.submit(form, FORM, Map.of("sourceUrl", "javascript:alert(1)"));
        Page badVersion = editor.submit(form, FORM, Map.of("version", "<b>x</b>"));

        for (Page refused : List.of(notADate, endFirst, mixed, estimateWithoutReason, script, badVersion)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.html()).doesNotContain("<b>x</b>");
        }
        assertThat(notADate.document().select("#event-start-error").text()).isNotBlank();
        assertThat(endFirst.document().select("#event-end-error").text())
                .isEqualTo("The last day comes after the first (for one day, leave it empty).");
        assertThat(mixed.document().select("#event-end-error").text())
                .startsWith("Give the last day as precisely as the first");
        assertThat(estimateWithoutReason.document().select("#event-note-error").text())
                .isNotBlank();
        assertThat(script.document().select("#event-source-error").text()).isNotBlank();
        assertThat(getOk("/events/" + SLUG).select("h1").text()).isEqualTo("Kim sends condolences");
        assertThat(editor.getOk(PAGE).select(".history")).isEmpty();
    }

    @Test
    void whatEditorsTypeIsShownAsTextNeverAsMarkup() {
        String title = "<script>alert(1)</script> & co";

        editor.submit(editor.getOk(PAGE), FORM, Map.of("title", title));

        Page event = get("/events/" + SLUG);
        assertThat(event.document().select("h1").text()).isEqualTo(title);
        assertThat(event.html()).doesNotContain("<script>alert(1)");
        assertThat(editor.get(PAGE).html()).doesNotContain("<script>alert(1)");
    }

    @Test
    void anEventThatBeginsAfterEveryReportWasPublishedIsFlagged() {
        assertThat(editor.getOk(PAGE).select(".form-problem")).isEmpty();

        editor.submit(editor.getOk(PAGE), FORM, Map.of("start", "2024-04-30"));

        assertThat(editor.getOk(PAGE).select(".form-problem").text())
                .startsWith("The event begins after every report of it was published.");
    }

    @Test
    void aReportsRoleChangesAndAReportLeavesItsEventInBothHistories() {
        Document page = editor.getOk(PAGE);
        String reportForm = "form[action=" + PAGE + "/reports/" + SeedArticles.D + "]";

        Page followUp = editor.submit(page, reportForm, Map.of("role", "follow_up"));

        assertThat(followUp.status()).isEqualTo(302);
        assertThat(getOk("/events/" + SLUG).select(".report-role").text()).containsIgnoringCase("follow-up");
        assertThat(editor.getOk(PAGE).select(".history tbody tr").text())
                .contains(SeedArticles.D + " (first_report) " + SeedArticles.D + " (follow_up)");
        assertThat(editor.getOk("/editor/articles/" + SeedArticles.D + "/history")
                        .select("tbody tr")
                        .text())
                .contains(SLUG + " (first_report) " + SLUG + " (follow_up)");

        Page removed = editor.submit(editor.getOk(PAGE), reportForm, Map.of("role", "none"));

        assertThat(removed.status()).isEqualTo(302);
        assertThat(editor.getOk(PAGE).select("[role=status]").text()).endsWith("no longer reports this event.");
        assertThat(get("/events/" + SLUG).status()).as("no public report left").isEqualTo(404);
        await().atMost(Duration.ofSeconds(2))
                .until(() -> getOk("/").select("#entry-" + SeedArticles.D).size() == 1);
        assertThat(editor.getOk("/editor/articles/" + SeedArticles.D + "/history")
                        .select("tbody tr")
                        .text())
                .contains(SLUG + " (follow_up) none");
    }

    @Test
    void anEventMergedIntoAnotherTakesItsReportsHistoryAndAddressThere() {
        editor.submit(editor.getOk(PAGE), FORM, Map.of("title", "Condolences, a first title"));
        String seedPage = "/editor/events/" + SEED_EVENT;
        Document page = editor.getOk(PAGE);

        Page merged = editor.submit(page, MERGE_FORM, Map.of("into", SEED_EVENT));

        assertThat(merged.status()).isEqualTo(302);
        assertThat(merged.location()).isEqualTo(seedPage);
        Document into = editor.getOk(seedPage);
        assertThat(into.select("[role=status]").text())
                .isEqualTo("Merged “Condolences, a first title” into this event: 1 report moved here.");
        assertThat(into.select(".editor-reports a").eachAttr("href"))
                .containsExactly("/editor/articles/" + SeedArticles.D);
        assertThat(into.select(".history tbody tr").eachText())
                .anyMatch(row -> row.contains("Condolences, a first title"))
                .anyMatch(row -> row.contains("Merged in " + SLUG));
        Page old = get("/events/" + SLUG);
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.location()).endsWith("/events/" + SEED_EVENT);
        Page oldInTheApi = get("/api/v1/events/" + SLUG, "Accept", "application/json");
        assertThat(oldInTheApi.status()).isEqualTo(301);
        assertThat(oldInTheApi.location()).endsWith("/api/v1/events/" + SEED_EVENT);
        assertThat(editor.getOk("/editor/articles/" + SeedArticles.D + "/history")
                        .select("tbody tr")
                        .text())
                .contains(SLUG + " (first_report) " + SEED_EVENT + " (first_report)");
        await().atMost(Duration.ofSeconds(2))
                .until(() -> getOk("/").select("#event-" + SEED_EVENT).size() == 1);
    }

    @Test
    void aMergeIntoNothingItselfOrAStalePageIsRefusedAndChangesNothing() {
        Document page = editor.getOk(PAGE);

        Page itself = editor.submit(page, MERGE_FORM, Map.of("into", SLUG));
        Page unknown = editor.submit(page, MERGE_FORM, Map.of("into", "<b>nowhere</b>"));
        Page empty = editor.submit(page, MERGE_FORM, Map.of("into", " "));
        editor.submit(page, FORM, Map.of("title", "Changed meanwhile"));
        Page stale = editor.submit(page, MERGE_FORM, Map.of("into", SEED_EVENT));

        assertThat(List.of(itself.status(), unknown.status(), empty.status(), stale.status()))
                .containsExactly(400, 400, 400, 409);
        assertThat(unknown.html()).doesNotContain("<b>nowhere</b>");
        assertThat(unknown.document().select(".form-problem").text()).contains("no event has the address");
        assertThat(get("/events/" + SLUG).status()).isEqualTo(200);
    }

    @Test
    void aReportMovesWithItsRoleToAnotherEventInEveryHistory() {
        String moveForm = "form[action=" + PAGE + "/reports/" + SeedArticles.D + "/move]";
        Document page = editor.getOk(PAGE);

        Page unknown = editor.submit(page, moveForm, Map.of("into", "<i>nowhere</i>"));
        Page itself = editor.submit(page, moveForm, Map.of("into", SLUG));
        Page moved = editor.submit(page, moveForm, Map.of("into", SEED_EVENT));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.html()).doesNotContain("<i>nowhere</i>");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(editor.getOk("/editor/events/" + SEED_EVENT)
                        .select(".editor-reports a")
                        .eachAttr("href"))
                .containsExactly("/editor/articles/" + SeedArticles.D);
        assertThat(get("/events/" + SLUG).status()).as("no report left").isEqualTo(404);
        assertThat(editor.getOk(PAGE).select(".history tbody tr").text())
                .contains(SeedArticles.D + " (first_report) none (" + SEED_EVENT + ")");
        assertThat(editor.getOk("/editor/articles/" + SeedArticles.D + "/history")
                        .select("tbody tr")
                        .text())
                .contains(SLUG + " (first_report) " + SEED_EVENT + " (first_report)");
    }

    @Test
    void aBadRoleOrAnotherEventsArticleIsRefused() {
        Document page = editor.getOk(PAGE);

        Page badRole = editor.submit(
                page, "form[action=" + PAGE + "/reports/" + SeedArticles.D + "]", Map.of("role", "<i>boss</i>"));
        Page notItsReport = editor.post(
                PAGE + "/reports/" + SeedArticles.A,
                List.of(Map.entry("_csrf", page.select("input[name=_csrf]").val()), Map.entry("role", "rewrite")));

        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.html()).doesNotContain("<i>boss</i>");
        assertThat(notItsReport.status()).isEqualTo(404);
        assertThat(editor.get("/editor/events/no-such-event").status()).isEqualTo(404);
        assertThat(get(PAGE).status()).as("readers are sent to sign in").isEqualTo(302);
    }
}
