package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.SeedArticles;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * An editor names the report a rewrite was written from, never in a circle (V28, whoever writes), and
 * splits reports off an event into a new one, over real HTTP with the real database. Each test works on
 * an event of its own, which the seed articles C and D report for the test's length.
 */
class EventSplitAndOriginalsTest extends EditorWebTest {

    private static final String SLUG = "two-reports-under-test";
    private static final String PAGE = "/editor/events/" + SLUG;
    private static final String SPLIT_FORM = "form[action=" + PAGE + "/split]";
    private static final String SPLIT_SLUG = "shoigu-split-under-test";
    private static final String C_HOME = "shoigu-visits-pyongyang-2025";
    private static final String D_HOME = "kim-condolences-crocus-city-hall-2024";

    private static final String AN_EVENT = """
            insert into event (slug, title, event_date, event_end_date, event_date_precision, summary)
            values (?, 'Two reports', '2024-03-23', '2024-03-24', 'DAY', 'Two reports of two things.')""";

    private static final String INTO = """
            update event_report set event_id = (select id from event where slug = ?), role = ?,
                rewrite_of_article_id = null
            where article_id = (select id from article where slug = ?)""";

    private static final String ORIGINAL_OF = """
            select o.slug from event_report r join article a on a.id = r.article_id
                left join article o on o.id = r.rewrite_of_article_id
            where a.slug = ?""";

    private static final String NAMES_ORIGINAL_BY_HAND = """
            update event_report set rewrite_of_article_id = (select id from article where slug = ?)
            where article_id = (select id from article where slug = ?)""";

    private static final String SPLIT_EVENTS =
            "select count(*) from event where slug like 'shoigu-split-under-test%' or slug like 'all-of-them%'";

    private EditorSession editor;

    @BeforeEach
    void anEventReportedByCAndD() {
        jdbc.sql(AN_EVENT).param(SLUG).update();
        jdbc.sql(INTO).params(SLUG, "rewrite", SeedArticles.C).update();
        jdbc.sql(INTO).params(SLUG, "rewrite", SeedArticles.D).update();
        editor = newEditor("event-splitter");
    }

    @AfterEach
    void cAndDBackInTheirSeedEvents() {
        jdbc.sql(INTO).params(C_HOME, "first_report", SeedArticles.C).update();
        jdbc.sql(INTO).params(D_HOME, "first_report", SeedArticles.D).update();
        jdbc.sql("delete from event where slug in (?, ?)")
                .params(SLUG, SPLIT_SLUG)
                .update();
    }

    private String originalForm(String article) {
        return "form[action=" + PAGE + "/reports/" + article + "/original]";
    }

    private String originalOf(String article) {
        return jdbc.sql(ORIGINAL_OF)
                .param(article)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }

    @Test
    void aRewriteNamesAnotherReportAsItsOriginalAndTheHistorySaysSo() {
        Page named =
                editor.submit(editor.getOk(PAGE), originalForm(SeedArticles.C), Map.of("original", SeedArticles.D));

        assertThat(named.status()).isEqualTo(302);
        Document page = editor.getOk(PAGE);
        assertThat(page.select("[role=status]").text()).contains("is now a rewrite of");
        assertThat(page.select(originalForm(SeedArticles.C) + " option[selected]")
                        .val())
                .isEqualTo(SeedArticles.D);
        assertThat(page.select(".history tbody tr").text())
                .contains(
                        SeedArticles.C + ", a rewrite of none " + SeedArticles.C + ", a rewrite of " + SeedArticles.D);
        assertThat(originalOf(SeedArticles.C)).isEqualTo(SeedArticles.D);

        Page forgotten = editor.submit(page, originalForm(SeedArticles.C), Map.of("original", "none"));

        assertThat(forgotten.status()).isEqualTo(302);
        assertThat(originalOf(SeedArticles.C)).isNull();
    }

    @Test
    void aRewriteOfItsOwnRewriteIsRefusedOnThePageAndInTheDatabase() {
        editor.submit(editor.getOk(PAGE), originalForm(SeedArticles.C), Map.of("original", SeedArticles.D));

        Page circle =
                editor.submit(editor.getOk(PAGE), originalForm(SeedArticles.D), Map.of("original", SeedArticles.C));

        assertThat(circle.status()).isEqualTo(400);
        assertThat(circle.document().select(".form-problem").text())
                .contains("Nothing was changed")
                .contains("which is itself a rewrite of");
        assertThat(originalOf(SeedArticles.D)).isNull();
        assertThatThrownBy(() -> jdbc.sql(NAMES_ORIGINAL_BY_HAND)
                        .params(SeedArticles.C, SeedArticles.D)
                        .update())
                .as("SQL typed by hand meets the same rule")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("rewrite_of_cycle");
    }

    @Test
    void anOriginalThatIsNoReportOfTheEventOrOfANonRewriteIsRefused() {
        Document page = editor.getOk(PAGE);
        Page itself = editor.submit(page, originalForm(SeedArticles.C), Map.of("original", SeedArticles.C));
        Page elsewhere = editor.submit(page, originalForm(SeedArticles.C), Map.of("original", "<b>" + SeedArticles.A));
        jdbc.sql(INTO).params(SLUG, "follow_up", SeedArticles.D).update();
        Page notARewrite = editor.submit(page, originalForm(SeedArticles.D), Map.of("original", SeedArticles.C));

        assertThat(itself.status()).isEqualTo(400);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.html()).doesNotContain("<b>" + SeedArticles.A);
        assertThat(notARewrite.status()).isEqualTo(400);
        assertThat(notARewrite.document().select(".form-problem").text()).contains("give it the role rewrite first");
        assertThat(originalOf(SeedArticles.C)).isNull();
    }

    @Test
    void aSplitTakesTheChosenReportsToANewEventDatedAsThisOne() {
        editor.submit(editor.getOk(PAGE), originalForm(SeedArticles.D), Map.of("original", SeedArticles.C));

        Page split = editor.submit(editor.getOk(PAGE), SPLIT_FORM, fields -> {
            fields.add(Map.entry("report", SeedArticles.C));
            fields.removeIf(
                    field -> field.getKey().equals("title") || field.getKey().equals("summary"));
            fields.add(Map.entry("title", "Shoigu split under test"));
            fields.add(Map.entry("summary", "Sergei Shoigu met Kim Jong Un in Pyongyang."));
        });

        assertThat(split.status()).isEqualTo(302);
        assertThat(split.location()).isEqualTo("/editor/events/" + SPLIT_SLUG);
        Document made = editor.getOk("/editor/events/" + SPLIT_SLUG);
        assertThat(made.select("[role=status]").text()).startsWith("Split off 1 report of “Two reports”");
        assertThat(made.select(".editor-reports a").eachAttr("href"))
                .containsExactly("/editor/articles/" + SeedArticles.C);
        assertThat(made.select("#event-start").val()).isEqualTo("2024-03-23");
        assertThat(made.select("#event-end").val()).isEqualTo("2024-03-24");
        assertThat(made.select(".history tbody tr").text())
                .contains("none (" + SLUG + ") " + SeedArticles.C + " (rewrite)");
        Document left = editor.getOk(PAGE);
        assertThat(left.select(".editor-reports a").eachAttr("href"))
                .containsExactly("/editor/articles/" + SeedArticles.D);
        assertThat(left.select(".history tbody tr").text())
                .contains(SeedArticles.C + " (rewrite) none (" + SPLIT_SLUG + ")");
        assertThat(originalOf(SeedArticles.D)).as("its original left the event").isNull();
        assertThat(editor.getOk("/editor/articles/" + SeedArticles.C + "/history")
                        .select("tbody tr")
                        .text())
                .contains(SLUG + " (rewrite) " + SPLIT_SLUG + " (rewrite)");
        assertThat(getOk("/events/" + SPLIT_SLUG).select("h1").text()).isEqualTo("Shoigu split under test");
    }

    @Test
    void aSplitOfNoneOrAllTheReportsWithoutATitleOrFromAStalePageIsRefused() {
        Document page = editor.getOk(PAGE);
        Map<String, String> named = Map.of("title", "Shoigu split under test", "summary", "A summary.");

        Page none = editor.submit(page, SPLIT_FORM, named);
        Page all = editor.submit(page, SPLIT_FORM, fields -> {
            fields.add(Map.entry("report", SeedArticles.C));
            fields.add(Map.entry("report", SeedArticles.D));
            fields.add(Map.entry("title", "All of them"));
            fields.add(Map.entry("summary", "A summary."));
        });
        Page untitled = editor.submit(page, SPLIT_FORM, fields -> {
            fields.add(Map.entry("report", SeedArticles.C));
            fields.add(Map.entry("summary", "<script>x</script>"));
        });
        editor.submit(page, "form[action=" + PAGE + "]", Map.of("title", "Changed meanwhile"));
        Page stale = editor.submit(page, SPLIT_FORM, fields -> {
            fields.add(Map.entry("report", SeedArticles.C));
            fields.add(Map.entry("title", "Shoigu split under test"));
            fields.add(Map.entry("summary", "A summary."));
        });

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.document().select(".form-problem").text()).contains("at least one of the reports");
        assertThat(all.status()).isEqualTo(400);
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.document().select("#split-title-error").text()).isEqualTo("Give the event a title.");
        assertThat(untitled.html()).doesNotContain("<script>x</script>");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(jdbc.sql(SPLIT_EVENTS).query(Long.class).single()).isZero();
        assertThat(editor.getOk(PAGE).select(".editor-reports a")).hasSize(2);
    }
}
