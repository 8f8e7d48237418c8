package org.nkrtimeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.pagecache.PageCache;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event page on the seed events (db/seeds/events.json), and the article page's link to its event. */
class EventPageTest extends WebTest {

    private static final String SEPTEMBER = "/events/kim-jong-un-visits-russia-2023";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageCache pageCache;

    private static Element report(Document page, String slug) {
        return page.selectFirst("article.report#report-" + slug);
    }

    @Test
    void theSeptemberVisitListsItsThreeReportsInPublicationOrderWithTheirLags() {
        Document page = getOk(SEPTEMBER);

        assertThat(page.select("h1").text()).isEqualTo("Kim Jong Un visits Russia and meets Putin at Vostochny");
        assertThat(page.select(".article-dates time").eachAttr("datetime")).containsExactly("2023-09-12", "2023-09-19");
        assertThat(page.select(".event-summary h2").text()).isEqualTo("The editors' summary");
        assertThat(page.select("article.report").eachAttr("id"))
                .containsExactly("report-" + E, "report-" + A, "report-" + B);
        assertThat(report(page, E).select(".report-meta").text())
                .isEqualTo("first report · Published 12 Nov 2023, 60 days after the event");
        assertThat(report(page, A).select(".report-meta").text())
                .isEqualTo("follow-up · Published 12 Nov 2023, 54 days after the event");
        assertThat(report(page, B).select(".report-meta").text())
                .isEqualTo("follow-up · Published 14 Nov 2023, 62 days after the event");
        assertThat(page.select(".coverage-lags li").eachText())
                .allMatch(line -> line.contains(" days after the event"))
                .hasSize(3);
        assertThat(page.select(".coverage figcaption").text()).contains("counted from the day of the event");
    }

    @Test
    void theCoverageStripPlacesEachDatedReportOnATimeScale() {
        Document page = getOk(SEPTEMBER);

        Element strip = page.selectFirst(".coverage-strip svg");
        assertThat(strip.attr("role")).isEqualTo("img");
        assertThat(strip.select("title").text()).isNotBlank();
        assertThat(strip.select("desc").text()).contains("3 reports", "12 Sep 2023", "14 Nov 2023");
        assertThat(strip.select("circle.strip-dot")).hasSize(3);
        assertThat(strip.select("text.strip-label").eachText()).contains("1. 60 days", "2. 54 days", "3. 62 days");
        // A true scale: the two reports of 12 Nov share a column, the one of 14 Nov is two days right of it.
        assertThat(strip.select("circle").eachAttr("cx")).containsExactly("763.4", "763.4", "788.0");
    }

    @Test
    void eachReportSaysWhatItAloneNamesAndQuotes() {
        Document page = getOk(SEPTEMBER);

        Element a = report(page, A);
        assertThat(a.select(".report-only a.chip").eachText()).contains("Alexander Matsegora");
        assertThat(a.select(".report-only q").eachText()).containsExactly("gift from the heart");
        assertThat(a.select(".report-figure").eachText()).containsExactly("115,000 items", "200 countries");
        Element e = report(page, E);
        assertThat(e.select(".report-only a.chip").eachText()).contains("Sergei Lavrov", "Kim Yo Jong");
        assertThat(e.select(".report-only a.chip[href=/entities/sergei-lavrov]"))
                .hasSize(1);
        assertThat(e.select(".report-only q").eachText()).containsExactly("Glory to Russia");
        assertThat(page.select(".report-only a.chip").eachText())
                .as("names that more than one report has are no report's alone")
                .doesNotContain("Kim Jong Un", "Vladimir Putin", "Sergei Shoigu");
        assertThat(page.select(".independent").text()).contains("share no sentence", "written independently");
        assertThat(page.select(".report-shared")).isEmpty();
    }

    @Test
    void participantsPlacesAndTopicsAreTheReportsOwnLinked() {
        Document page = getOk(SEPTEMBER);

        assertThat(page.select(".article-entities a[href=/entities/alexander-matsegora]"))
                .hasSize(1);
        assertThat(page.select(".article-entities a[href=/entities/vladimir-putin]"))
                .hasSize(1);
        assertThat(page.select(".article-header .chips a").eachAttr("href")).contains("/?topic=space");
    }

    @Test
    void anUndatedReportIsListedBesideTheStripNotOnIt() {
        Document page = getOk("/events/shoigu-visits-pyongyang-2025");

        assertThat(page.select(".estimate-badge").text()).isEqualTo("estimate");
        assertThat(page.select(".coverage-strip circle")).isEmpty();
        assertThat(page.select(".coverage-undated a").attr("href")).isEqualTo("#report-" + C);
        assertThat(report(page, C).select(".report-meta").text()).contains("Publication date not given in the source");
        assertThat(page.select(".independent"))
                .as("one report has nothing to be compared with")
                .isEmpty();
    }

    @Test
    void anArticleOfAnEventLinksToIt() {
        Document page = getOk("/articles/" + A);

        assertThat(page.select(".event-link").text())
                .isEqualTo("Part of the event: Kim Jong Un visits Russia and meets Putin at Vostochny (follow-up)");
        assertThat(page.select(".event-link a").attr("href")).isEqualTo(SEPTEMBER);
    }

    @Test
    void anUnknownEventIsA404() {
        Page page = get("/events/no-such-event");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.mainText()).contains("No event has the address “no-such-event”.");
    }

    @Test
    void anEventWhoseReportsAreAllHiddenIsNotShownNorLinked() {
        jdbc.sql("update article set hidden = true where slug = ?").param(D).update();
        pageCache.clear();
        try {
            assertThat(get("/events/kim-condolences-crocus-city-hall-2024").status())
                    .isEqualTo(404);
        } finally {
            jdbc.sql("update article set hidden = false where slug = ?")
                    .param(D)
                    .update();
            pageCache.clear();
        }
        assertThat(getOk("/events/kim-condolences-crocus-city-hall-2024")
                        .select("article.report")
                        .eachAttr("id"))
                .containsExactly("report-" + D);
    }
}
