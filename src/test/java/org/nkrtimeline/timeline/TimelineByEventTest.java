package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.WebTest;

/**
 * The timeline grouped by event, the default: the seeds' three September reports are one entry of
 * the 2023 visit, and every seed reports one of the three seed events; {@code view=articles} gives
 * the timeline of one entry per article.
 */
class TimelineByEventTest extends WebTest {

    static final String VISIT = "kim-jong-un-visits-russia-2023";
    static final String CONDOLENCES = "kim-condolences-crocus-city-hall-2024";
    static final String SHOIGU = "shoigu-visits-pyongyang-2025";

    /** The entries of a page: "event:slug" for an event, the article's slug for an article on its own. */
    static List<String> entries(Document page) {
        return page.select("article.entry").stream()
                .map(entry -> entry.id().startsWith("event-")
                        ? "event:" + entry.id().substring("event-".length())
                        : entry.id().substring("entry-".length()))
                .toList();
    }

    /** The articles listed under an event's entry, by slug, in order. */
    static List<String> reports(Document page, String event) {
        return page.select("#event-" + event + " .event-reports a").eachAttr("href").stream()
                .map(href -> href.replaceFirst("^/articles/", "").replaceFirst("\\?.*$", ""))
                .toList();
    }

    @Test
    void anEventsReportsAreOneEntryWithItsDatesAndHowLateTheyCame() {
        Document page = getOk("/");

        assertThat(entries(page)).containsExactly("event:" + VISIT, "event:" + CONDOLENCES, "event:" + SHOIGU);
        Element visit = page.selectFirst("#event-" + VISIT);
        assertThat(visit.select(".entry-headline a").text())
                .isEqualTo("Kim Jong Un visits Russia and meets Putin at Vostochny");
        assertThat(visit.select(".entry-headline a").attr("href")).isEqualTo("/events/" + VISIT);
        assertThat(visit.select(".entry-dates").text())
                .isEqualTo("12 Sep 2023 – 19 Sep 2023 · 3 reports, published 54–62 days after the event");
        assertThat(visit.select(".entry-dates time").eachAttr("datetime")).containsExactly("2023-09-12", "2023-09-19");
        // In timeline order: the two of the summit (published 12 and 14 Nov), then the return home.
        assertThat(reports(page, VISIT)).containsExactly(E, B, A);
        assertThat(visit.select(".event-reports li").eachText())
                .anySatisfy(line -> assertThat(line).endsWith("Published 12 Nov 2023 · 54 days after the event"));
        assertThat(page.select(".grouping-count").text())
                .isEqualTo("In 3 entries: 3 events (5 reports) and no other articles.");
        assertThat(page.select(".result-count").text()).startsWith("5 of 5 articles shown");
    }

    @Test
    void anEstimatedEventDateIsMarkedAndAnUndatedReportSaysSo() {
        Element shoigu = getOk("/").selectFirst("#event-" + SHOIGU);

        assertThat(shoigu.select(".entry-dates .estimate-badge").text()).isEqualTo("estimate");
        // Its one report has no publication date: no lag is invented.
        assertThat(shoigu.select(".entry-dates").text()).isEqualTo("21 Mar 2025 estimate · 1 report");
        assertThat(shoigu.select(".event-reports li").text())
                .endsWith("Publication date not given in the source (probably 21–23 Mar 2025)");
    }

    @Test
    void oneEntryPerArticleIsTheArticlesView() {
        Document page = getOk("/?view=articles");

        assertThat(entries(page)).containsExactly(E, B, A, D, C);
        assertThat(page.select(".event-entry")).isEmpty();
        assertThat(page.select(".grouping-count")).isEmpty();
        assertThat(page.select("#view-articles").hasAttr("checked")).isTrue();
        assertThat(page.select("a.view-switch").attr("href")).isEqualTo("/");
        assertThat(page.select("a.view-switch").text()).isEqualTo("Group the reports of each event");
        assertThat(page.select(".filters-more-chosen").text()).contains("one entry per article");
    }

    @Test
    void theSwitchBetweenViewsAndEveryLinkKeepTheFilters() {
        Document grouped = getOk("/?topic=war-in-ukraine");
        assertThat(grouped.select("a.view-switch").attr("href")).isEqualTo("/?topic=war-in-ukraine&view=articles");

        Document articles = getOk("/?topic=war-in-ukraine&view=articles");
        assertThat(articles.select("a[href^=/articles/]").eachAttr("href"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).endsWith("?topic=war-in-ukraine&view=articles"));
        assertThat(articles.select(".filters input[name=view][checked]").val()).isEqualTo("articles");
    }

    @Test
    void aFilterThatMatchesSomeOfAnEventsReportsListsOnlyThoseAndSaysHowMany() {
        // Of the visit's three reports only 004 names Lavrov.
        Document page = getOk("/?q=Lavrov");

        assertThat(reports(page, VISIT)).containsExactly(E);
        assertThat(page.selectFirst("#event-" + VISIT).select(".entry-dates").text())
                .isEqualTo("12 Sep 2023 – 19 Sep 2023 · 1 of 3 reports match, published 60 days after the event");
        assertThat(page.selectFirst("#event-" + VISIT).select(".snippet mark").eachText())
                .allMatch(text -> text.equalsIgnoreCase("Lavrov"))
                .isNotEmpty();
    }

    @Test
    void theSearchIsMarkedInTheReportsHeadlines() {
        Document page = getOk("/?q=Vostochny");

        assertThat(page.select("#event-" + VISIT + " .event-reports mark").eachText())
                .isNotEmpty()
                .allMatch(text -> text.equals("Vostochny"));
    }

    @Test
    void theDefaultViewInTheAddressIsLeftOut() {
        Page page = get("/?topic=space&view=events");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/?topic=space");
    }

    @Test
    void anUnknownViewIsRefusedWithTheChoices() {
        Page page = get("/?view=%3Cb%3Ecards%3C%2Fb%3E");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.mainText())
                .contains("“<b>cards</b>” is not a way to show the timeline")
                .contains("view=articles");
        assertThat(page.html()).doesNotContain("<b>cards</b>");
    }
}
