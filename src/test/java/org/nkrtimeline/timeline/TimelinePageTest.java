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

class TimelinePageTest extends WebTest {

    private Document timeline(String query) {
        Page page = get("/" + query);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html").contains("UTF-8");
        return page.document();
    }

    /** The timeline of one entry per article ({@code query} empty or starting with "?"). */
    private Document articles(String query) {
        return timeline(query.isEmpty() ? "?view=articles" : query + "&view=articles");
    }

    private static List<String> entrySlugs(Document page) {
        return page.select(".entry-headline a").eachAttr("href").stream()
                .map(href -> href.replaceFirst("^/articles/", "").replaceFirst("\\?.*", ""))
                .toList();
    }

    private static Element entry(Document page, String slug) {
        return page.selectFirst(".entry:has(.entry-headline a[href^=/articles/" + slug + "])");
    }

    @Test
    void showsAllFiveArticlesInEventOrderUnderYearAndMonthHeadings() {
        Document page = articles("");

        assertThat(page.select("h1").text()).isEqualTo("North Korea–Russia relations");
        assertThat(entrySlugs(page)).containsExactly(E, B, A, D, C);
        assertThat(page.select(".year-heading").eachText()).containsExactly("2023", "2024", "2025");
        assertThat(page.select(".month-heading").eachText())
                .containsExactly("September 2023", "March 2024", "March 2025");
        assertThat(page.select(".month-heading time").eachAttr("datetime"))
                .containsExactly("2023-09", "2024-03", "2025-03");
        assertThat(page.select(".result-count").text())
                .isEqualTo("5 of 5 articles shown, oldest first, by event date. Group the reports of each event");
    }

    @Test
    void theFormsFoldedPartSaysInItsSummaryWhichFiltersAreChosen() {
        assertThat(moreFilters(""))
                .as("nothing chosen: what is inside")
                .isEqualTo("More filters: dates, order, topics, people and places");
        assertThat(moreFilters("?q=shoigu"))
                .as("the search is in its box, outside the fold")
                .isEqualTo("More filters: dates, order, topics, people and places");
        assertThat(moreFilters("?topic=war-in-ukraine&from=2023-09-01&to=2024-12-31"))
                .isEqualTo("More filters: War in Ukraine · 1 Sep 2023 to 31 Dec 2024");
        assertThat(moreFilters("?to=2024-06-30&topic=space&topic=gifts-symbolism"))
                .as("topics in the form's order")
                .isEqualTo("More filters: Gifts & symbolism · Space · until 30 Jun 2024");
        assertThat(moreFilters("?axis=published&order=desc&entity=sergei-shoigu&from=2024-01-01&topic=nonsense"))
                .as("an unknown topic is ignored, and not listed")
                .isEqualTo("More filters: Sergei Shoigu · from 1 Jan 2024 · by publication date · newest first");
    }

    @Test
    void theFoldHoldsEveryFilterButTheSearchOnceAndIsClosed() {
        Document page = timeline("?topic=space");
        Element form = page.selectFirst("form.filters");
        Element fold = form.selectFirst("details.filters-more");

        assertThat(fold.hasAttr("open"))
                .as("closed: the summary says what is chosen")
                .isFalse();
        assertThat(form.selectFirst("#q").closest("details"))
                .as("the search stays outside")
                .isNull();
        assertThat(form.selectFirst("button[type=submit]").closest("details"))
                .as("so does the button")
                .isNull();
        assertThat(fold.select("input, select").eachAttr("name"))
                .contains("axis", "from", "to", "order", "topic", "entity")
                .doesNotContain("q");
        assertThat(form.select("input[name=topic]")).hasSize(8);
        assertThat(form.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    private String moreFilters(String query) {
        return timeline(query)
                .select("form.filters details.filters-more > summary")
                .text();
    }

    @Test
    void eachEntryShowsItsHeadlineLedeTopicsAndBothDatesWithTheLag() {
        Element a = entry(articles(""), A);

        assertThat(a.select(".entry-headline").text())
                .isEqualTo("Kim Jong Un returns from Russia with gifts including a fur hat and drones");
        assertThat(a.select(".entry-dates").text())
                .isEqualTo("Event 19 Sep 2023 · published 12 Nov 2023, 54 days later");
        assertThat(a.select(".entry-dates time").eachAttr("datetime")).containsExactly("2023-09-19", "2023-11-12");
        assertThat(a.select(".lede").text())
                .startsWith("In a recent diplomatic visit to Russia")
                .endsWith("wield power on the global stage.");
        assertThat(a.select(".chip").eachText())
                .containsExactly("Arms & military cooperation", "Gifts & symbolism", "Sanctions & the UN");
        assertThat(a.select(".chip").eachAttr("href")).contains("/?topic=gifts-symbolism");
        assertThat(a.select(".read-more a").attr("href")).isEqualTo("/articles/" + A + "?view=articles");
        assertThat(a.id()).as("the article page's back link returns here").isEqualTo("entry-" + A);
    }

    @Test
    void theEstimatedEventDateIsLabelledWithItsReasonAndTheMissingPublicationDateIsExplained() {
        Element c = entry(articles(""), C);

        assertThat(c.select(".entry-dates").text())
                .isEqualTo("Event 21 Mar 2025 estimate · publication date not given in the source"
                        + " (probably 21–23 Mar 2025)");
        assertThat(c.select(".estimate-note summary").text()).isEqualTo("Why this date is an estimate");
        assertThat(c.select(".estimate-note p").text()).contains("about 90% confidence");
    }

    @Test
    void thePublicationAxisPutsTheUndatedArticleInAnUndatedGroupAtTheEnd() {
        Document page = articles("?axis=published");

        assertThat(entrySlugs(page)).containsExactly(E, A, B, D, C);
        assertThat(page.select(".undated-group .entry-headline a").eachAttr("href"))
                .containsExactly("/articles/" + C + "?axis=published&view=articles");
        assertThat(page.select(".undated-group h2").text()).isEqualTo("Undated");
        assertThat(entry(page, C).select(".entry-dates").text())
                .isEqualTo("Publication date not given in the source"
                        + " (probably 21–23 Mar 2025) · event 21 Mar 2025 estimate");
        assertThat(entry(page, E).select(".entry-dates").text())
                .isEqualTo("Published 12 Nov 2023 · event 13 Sep 2023, 60 days earlier");
        assertThat(page.select("#axis-published").hasAttr("checked")).isTrue();
    }

    @Test
    void aTopicFilterShowsMatchingArticlesWithFacetCountsAndKeepsTheFilterInLinks() {
        Document page = articles("?topic=space");

        assertThat(entrySlugs(page)).containsExactly(E, B);
        assertThat(page.select(".result-count").text()).startsWith("2 of 5 articles match your filters");
        assertThat(page.select("#topic-space").hasAttr("checked")).isTrue();
        assertThat(page.select("label[for=topic-war-in-ukraine]").text()).isEqualTo("War in Ukraine 3 articles");
        assertThat(page.select(".entry-headline a").eachAttr("href"))
                .allMatch(href -> href.endsWith("?topic=space&view=articles"));
        assertThat(page.select(".form-actions .clear-link").attr("href")).isEqualTo("/");
        assertThat(page.select(".result-count .clear-link").attr("href")).isEqualTo("/");
    }

    @Test
    void facetCountsFollowTheDateRange() {
        Document page = articles("?from=2024-01-01&to=2024-12-31");

        assertThat(entrySlugs(page)).containsExactly(D);
        assertThat(page.select("label[for=topic-terrorism-condolences]").text())
                .isEqualTo("Terrorism & condolences 1 article");
        assertThat(page.select("label[for=topic-space]").text()).isEqualTo("Space 0 articles");
        assertThat(page.select("#from").attr("value")).isEqualTo("2024-01-01");
    }

    @Test
    void aDateRangeOnThePublicationAxisSaysHowManyUndatedArticlesItLeftOut() {
        Document page = articles("?axis=published&from=2023-01-01&to=2023-12-31");

        assertThat(entrySlugs(page)).containsExactly(E, A, B);
        assertThat(page.select(".left-out").text())
                .isEqualTo("1 undated article is left out because it has no publication date"
                        + " to compare with the date range.");
    }

    @Test
    void newestFirstReversesTheTimeline() {
        Document page = articles("?order=desc");

        assertThat(entrySlugs(page)).containsExactly(C, D, A, B, E);
        assertThat(page.select(".year-heading").eachText()).containsExactly("2025", "2024", "2023");
    }

    @Test
    void anEmptyResultSaysSoAndOffersToClearTheFilters() {
        Document page = timeline("?from=2020-01-01&to=2020-12-31");

        assertThat(page.select(".entry")).isEmpty();
        assertThat(page.select(".empty h2").text()).isEqualTo("No articles match these filters");
        assertThat(page.select(".empty a").attr("href")).isEqualTo("/");
        assertThat(page.select(".result-count").text()).startsWith("0 of 5 articles");
    }

    @Test
    void anUnknownTopicIsIgnoredWithAVisibleNotice() {
        Document page = articles("?topic=no-such-topic&topic=space");

        assertThat(page.select(".notice").text())
                .isEqualTo("There is no topic called no-such-topic; it was ignored. See all topics.");
        assertThat(entrySlugs(page)).containsExactly(E, B);
    }

    @Test
    void aSubmittedFormWithEmptyAndDefaultFieldsRedirectsToTheShortAddress() {
        Page page = get("/?axis=event&from=&to=2024-12-31&order=asc&topic=space&topic=");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/?to=2024-12-31&topic=space");
        assertThat(get("/?axis=published&from=&order=asc").location()).isEqualTo("/?axis=published");
        assertThat(get("/?axis=published&order=desc").status()).isEqualTo(200);
    }

    @Test
    void everyFormControlHasALabel() {
        Document page = timeline("");

        for (Element control : page.select("form.filters input, form.filters select")) {
            assertThat(page.select("label[for=" + control.id() + "]"))
                    .as("label for #" + control.id())
                    .hasSize(1);
        }
        assertThat(page.select("form.filters").attr("method")).isEqualTo("get");
    }

    @Test
    void theTopicsPageListsEveryTopicWithItsDescriptionAndCount() {
        Page page = get("/topics");

        assertThat(page.status()).isEqualTo(200);
        Document document = page.document();
        assertThat(document.select(".topic-card h2").eachText())
                .containsExactly(
                        "Summit diplomacy",
                        "Arms & military cooperation",
                        "Gifts & symbolism",
                        "War in Ukraine",
                        "Sanctions & the UN",
                        "Space",
                        "Terrorism & condolences",
                        "Defence treaty & troops");
        assertThat(document.select(".topic-card .count").eachText())
                .containsExactly(
                        "3 articles",
                        "5 articles",
                        "2 articles",
                        "3 articles",
                        "4 articles",
                        "2 articles",
                        "1 article",
                        "1 article");
        assertThat(document.select(".topic-card h2 a").first().attr("href")).isEqualTo("/?topic=summit-diplomacy");
    }
}
