package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.SeedArticles;

/**
 * The editors' page of an article's event, over real HTTP with the real database: an imported article
 * gets a proposal with its reason, the editor confirms it or makes a new event, and the public event
 * page lists the report; an article never reports two events, and no input an editor or a forger can
 * send changes anything it should not, or ends in a server error.
 */
class ArticleEventPagesTest extends EditorWebTest {

    /** A sixth article: Shoigu in Pyongyang on 17 Jun 2025, published the next day. */
    private static final String SIXTH = "shoigu-pyongyang-june.txt";

    private static final String ASSIGN_FORM = "form[action$=/event/assign]";
    private static final String NEW_FORM = "form[action$=/event/new]";

    private static final String REWRITE_OF = """
            select r.role || ' of ' || o.slug from event_report r
            join article a on a.id = r.article_id join article o on o.id = r.rewrite_of_article_id
            where a.slug = ?""";

    private EditorSession editor;

    @BeforeEach
    void signIn() {
        editor = newEditor("event-editor");
    }

    @Test
    void anImportedArticleGetsAProposalWithItsReasonAndTheEditorCreatesItsEvent() {
        String slug = importSixth("2025-06-17");

        Document page = editor.getOk("/editor/articles/" + slug + "/event");

        // What the proposer honestly gives: the seed events share Sergei Shoigu, Pyongyang and Moscow
        // with it (Kim Jong Un, named by every article, weighs nothing). Far apart or undated, the two
        // events with all three score alike; of equal scores the first listed wins, so the 2023 visit
        // is proposed, and the editor, who knows that Shoigu came back in June, makes a new event.
        assertThat(page.select(".proposal").text())
                .isEqualTo("Proposed: Kim Jong Un visits Russia and meets Putin at Vostochny: "
                        + "shares Moscow, Pyongyang, Sergei Shoigu; 582 days apart");
        assertThat(page.select(ASSIGN_FORM + " input[name=event]").eachAttr("value"))
                .containsExactly(
                        "kim-jong-un-visits-russia-2023",
                        "shoigu-visits-pyongyang-2025",
                        "kim-condolences-crocus-city-hall-2024");
        assertThat(page.select(ASSIGN_FORM + " input[name=event][checked]").val())
                .isEqualTo("kim-jong-un-visits-russia-2023");
        assertThat(page.select(ASSIGN_FORM + " label").eachText())
                .contains("Sergei Shoigu meets Kim Jong Un in Pyongyang "
                        + "shares Moscow, Pyongyang, Sergei Shoigu; publication date unknown");
        assertThat(page.select("#event-role option[selected]").val())
                .as("published after the reports: a follow-up")
                .isEqualTo("follow_up");
        assertThat(page.select(".new-event-date").text()).startsWith("The event will be dated 17 Jun 2025,");
        assertThat(page.select("label[for]").eachAttr("for"))
                .as("every control has its label")
                .contains("event-0", "event-1", "event-2", "event-role", "event-title", "event-summary");

        Page created = editor.submit(
                page,
                NEW_FORM,
                Map.of(
                        "title",
                        "Sergei Shoigu meets Kim Jong Un in Pyongyang again",
                        "summary",
                        "Sergei Shoigu met Kim Jong Un in Pyongyang on 17 June 2025. They discussed"
                                + " rebuilding Russia's Kursk region with North Korean engineers."));

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).isEqualTo("/editor/articles/" + slug + "/event");
        Document after = editor.getOk(created.location());
        assertThat(after.select("p.notice[role=status]").text())
                .isEqualTo("Created the event “Sergei Shoigu meets Kim Jong Un in Pyongyang again”"
                        + " with this article as its first report.");
        assertThat(after.select(".current-event a").attr("href"))
                .isEqualTo("/events/sergei-shoigu-meets-kim-jong-un-in-pyongyang-again");
        assertThat(after.select(".current-event").text()).endsWith("as its first report.");
        assertThat(after.select(ASSIGN_FORM + ", " + NEW_FORM))
                .as("no second event to choose")
                .isEmpty();

        Map<String, Object> event = jdbc.sql("""
                        select e.event_date, e.event_date_precision, e.summary, r.role
                        from event e join event_report r on r.event_id = e.id
                        where e.slug = 'sergei-shoigu-meets-kim-jong-un-in-pyongyang-again'""").query().singleRow();
        assertThat(event.get("event_date")).hasToString("2025-06-17");
        assertThat(event.get("role")).isEqualTo("first_report");

        Page eventPage = get("/events/sergei-shoigu-meets-kim-jong-un-in-pyongyang-again");
        assertThat(eventPage.status()).isEqualTo(200);
        assertThat(eventPage.document().select("a[href=/articles/" + slug + "]"))
                .isNotEmpty();
        assertThat(get("/articles/" + slug).mainText())
                .contains("Part of the event")
                .contains("Sergei Shoigu meets Kim Jong Un in Pyongyang again");
        assertThat(history(slug)).containsExactly("sergei-shoigu-meets-kim-jong-un-in-pyongyang-again (first_report)");
    }

    @Test
    void confirmingTheProposalAddsTheReportAndASecondEventIsRefusedWithNothingChanged() {
        String slug = importSixth(null);
        Document page = editor.getOk("/editor/articles/" + slug + "/event");

        Page confirmed = editor.submit(page, ASSIGN_FORM, Map.of());

        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(editor.getOk(confirmed.location())
                        .select("p.notice[role=status]")
                        .text())
                .isEqualTo("Added to the event “Kim Jong Un visits Russia and meets Putin at Vostochny”"
                        + " as its follow-up.");
        assertThat(eventOf(slug)).isEqualTo("kim-jong-un-visits-russia-2023 follow_up");
        assertThat(get("/events/kim-jong-un-visits-russia-2023").document().select("a[href=/articles/" + slug + "]"))
                .isNotEmpty();

        // The same form again (another tab, or another editor): the key of event_report refuses it.
        long events = eventCount();
        Page again = editor.submit(page, ASSIGN_FORM, Map.of("event", "shoigu-visits-pyongyang-2025"));
        Page created = editor.submit(page, NEW_FORM, Map.of("title", "A second event", "summary", "Two sentences."));

        for (Page refused : List.of(again, created)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.document().select(".form-problem").text())
                    .isEqualTo("Nothing was changed: this article already reports the event “Kim Jong Un visits Russia"
                            + " and meets Putin at Vostochny”, and an article reports at most one event.");
        }
        assertThat(eventOf(slug)).isEqualTo("kim-jong-un-visits-russia-2023 follow_up");
        assertThat(eventCount()).as("no event made for the refused report").isEqualTo(events);
        assertThat(history(slug)).containsExactly("kim-jong-un-visits-russia-2023 (follow_up)");

        // A seed article, which reports its event since the seeds: the same refusal.
        String csrf = csrfOf(editor.getOk("/editor/articles/" + SeedArticles.C + "/event"));
        Page seed = editor.post(
                "/editor/articles/" + SeedArticles.C + "/event/assign",
                List.of(
                        Map.entry("_csrf", csrf),
                        Map.entry("event", "kim-jong-un-visits-russia-2023"),
                        Map.entry("role", "follow_up")));
        assertThat(seed.status()).isEqualTo(409);
        assertThat(eventOf(SeedArticles.C)).isEqualTo("shoigu-visits-pyongyang-2025 first_report");
    }

    @Test
    void hostileInputIsRefusedWithTheFormKeptAndNeverAServerError() {
        String slug = importSixth(null);
        Document page = editor.getOk("/editor/articles/" + slug + "/event");
        long events = eventCount();
        String longTitle = "x".repeat(10_240);

        Page tooLong = editor.submit(page, NEW_FORM, Map.of("title", longTitle, "summary", "Two sentences."));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.document().select("#event-title-error").text())
                .isEqualTo("A title can be at most 120 characters; this one has 10240.");
        assertThat(tooLong.document().select("#event-summary").val())
                .as("the form is kept")
                .isEqualTo("Two sentences.");

        Page noSummary = editor.submit(page, NEW_FORM, Map.of("title", "A title", "summary", "  "));
        assertThat(noSummary.status()).isEqualTo(400);
        assertThat(noSummary.document().select("#event-summary-error").text())
                .isEqualTo("Write the event's summary: two or three sentences of your own.");
        assertThat(noSummary.document().select("#event-title").val()).isEqualTo("A title");

        Page unknownEvent = editor.submit(page, ASSIGN_FORM, Map.of("event", "no-such-event"));
        assertThat(unknownEvent.status()).isEqualTo(400);
        assertThat(unknownEvent.document().select("#event-error").text())
                .isEqualTo("No event has the address “no-such-event”: choose one from the list.");

        Page badRole = editor.submit(page, ASSIGN_FORM, Map.of("role", "<script>"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.document().select("#event-role-error").text()).isEqualTo("Choose a role from the list.");
        assertThat(badRole.html()).doesNotContain("<script>");

        Page noEvent = editor.submit(
                page, ASSIGN_FORM, fields -> fields.removeIf(f -> f.getKey().equals("event")));
        assertThat(noEvent.status()).isEqualTo(400);
        assertThat(noEvent.document().select("#event-error").text()).isEqualTo("Choose an event.");

        assertThat(editor.get("/editor/articles/no-such-article/event").status())
                .isEqualTo(404);
        assertThat(editor.post(
                                "/editor/articles/no-such-article/event/assign",
                                List.of(
                                        Map.entry("_csrf", csrfOf(page)),
                                        Map.entry("event", "kim-jong-un-visits-russia-2023"),
                                        Map.entry("role", "follow_up")))
                        .status())
                .isEqualTo(404);

        Page forged = editor.post(
                "/editor/articles/" + slug + "/event/assign",
                List.of(Map.entry("event", "kim-jong-un-visits-russia-2023"), Map.entry("role", "follow_up")));
        assertThat(forged.status()).as("no CSRF token").isEqualTo(403);
        assertThat(EditorSession.anonymous(port)
                        .get("/editor/articles/" + slug + "/event")
                        .location())
                .isEqualTo("/editor/sign-in");

        assertThat(eventOf(slug)).as("nothing assigned").isNull();
        assertThat(eventCount()).as("nothing created").isEqualTo(events);
        assertThat(history(slug)).isEmpty();
    }

    /** Imports the sixth article through the upload form, published, with the event date given (or none). */
    @Test
    void aRewordedCopyOfAReportIsProposedItsEventAsARewriteOfIt() throws IOException {
        String seed = Files.readString(Path.of("db/seeds/articles/003_7f6c460341325119.txt"));
        String reworded = seed.replace("heartfelt", "warm").replace("devastating", "terrible");
        Document review = editor.submit(
                        editor.getOk("/editor/import"),
                        "form[action=/editor/import/text]",
                        Map.of("name", "reworded", "text", reworded))
                .document();
        Page imported = editor.submit(review, "form[action=/editor/import/confirm]", Map.of());
        String link =
                imported.document().select(".import-outcomes a[href$=/event]").attr("href");

        Document page = editor.getOk(link);

        assertThat(page.select(".proposal").text())
                .startsWith("Proposed: Kim Jong Un sends Putin condolences after the Crocus City Hall attack:"
                        + " a rewrite or copy of its report")
                .contains("three-word sequences are in it");
        assertThat(page.select(ASSIGN_FORM + " input[name=event][checked]").val())
                .isEqualTo("kim-condolences-crocus-city-hall-2024");
        assertThat(page.select("#event-role option[selected]").val()).isEqualTo("rewrite");

        assertThat(editor.submit(page, ASSIGN_FORM, Map.of()).status()).isEqualTo(303);
        String slug = link.substring("/editor/articles/".length(), link.length() - "/event".length());
        assertThat(jdbc.sql(REWRITE_OF).param(slug).query(String.class).single())
                .isEqualTo("rewrite of " + SeedArticles.D);
    }

    private String importSixth(String eventDate) {
        Document review = editor.upload(editor.getOk("/editor/import"), List.of(file(SIXTH)))
                .document();
        Page result = editor.submit(
                review,
                "form[action=/editor/import/confirm]",
                eventDate == null ? Map.of() : Map.of("files[0].metadata.eventDate", eventDate));
        assertThat(result.status()).isEqualTo(200);
        String link =
                result.document().select(".import-outcomes a[href$=/event]").attr("href");
        assertThat(link)
                .as("the import result links to the article's event page")
                .startsWith("/editor/articles/");
        return link.substring("/editor/articles/".length(), link.length() - "/event".length());
    }

    private static Map.Entry<String, byte[]> file(String name) {
        try (InputStream in = ArticleEventPagesTest.class.getResourceAsStream("/import/" + name)) {
            return Map.entry(name, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csrfOf(Document page) {
        return page.select("input[name=_csrf]").first().val();
    }

    /** "slug role" of the article's event, or null. */
    private String eventOf(String articleSlug) {
        return jdbc.sql("""
                        select e.slug || ' ' || r.role
                        from event_report r join event e on e.id = r.event_id join article a on a.id = r.article_id
                        where a.slug = ?
                        """).param(articleSlug).query(String.class).optional().orElse(null);
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from event").query(Long.class).single();
    }

    /** The new values of the article's EVENT history entries, oldest first. */
    private List<String> history(String articleSlug) {
        return jdbc.sql("""
                        select c.new_value from article_change c join article a on a.id = c.article_id
                        where a.slug = ? and c.field = 'EVENT'
                        order by c.id
                        """).param(articleSlug).query(String.class).list();
    }
}
