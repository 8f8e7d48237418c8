package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.e2e.Browser.textContent;
import static org.nkrtimeline.e2e.TimelineBrowserIT.CONDOLENCES;
import static org.nkrtimeline.e2e.TimelineBrowserIT.FUR_HAT;
import static org.nkrtimeline.e2e.TimelineBrowserIT.GIFTS;
import static org.nkrtimeline.e2e.TimelineBrowserIT.SHOIGU;
import static org.nkrtimeline.e2e.TimelineBrowserIT.SUMMIT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Finding articles in a real headless Chromium against the running app: the search box and its
 * highlights in the article, the way out of an empty search, people and places (index, pages,
 * facets and links in the text), related articles, the overview above the timeline with its table,
 * and the filter form by keyboard alone. It saves screenshots to target/screenshots/.
 */
class DiscoveryBrowserIT extends BrowserTest {

    private static final String SHOIGU_PAGE = "/entities/sergei-shoigu";

    // --- Search --------------------------------------------------------------------------------

    @Test
    void aQuotedPhraseTypedAndSubmittedWithEnterFindsTheOneArticleAndLeadsToItsFirstMatch() {
        open("/");

        browser.typeInto("q", "\"mutual defense\"");
        WebElement box = driver.findElement(By.id("q"));
        browser.loadingANewPage(() -> box.sendKeys(Keys.ENTER));

        assertThat(browser.query().get("q")).containsExactly("\"mutual defense\"");
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("\"mutual defense\"");
        assertThat(browser.headlines()).containsExactly(SHOIGU);
        assertThat(driver.findElements(By.cssSelector("article.entry"))).hasSize(1);
        assertThat(textContent(driver.findElement(By.cssSelector(".result-count"))))
                .startsWith("1 of 5 articles match \"mutual defense\",");
        assertThat(driver.findElements(By.cssSelector("article.entry .snippet mark")))
                .extracting(WebElement::getText)
                .containsExactly("mutual", "defense");
        screenshots.fullPage("search.png");

        browser.followLink(driver.findElement(By.linkText(SHOIGU)));

        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(SHOIGU);
        assertThat(browser.query().get("q"))
                .as("the search travels with the link")
                .containsExactly("\"mutual defense\"");
        List<WebElement> marks = driver.findElements(By.cssSelector(".article-body mark"));
        assertThat(marks)
                .extracting(WebElement::getText)
                .as("every mark is a word of the phrase")
                .startsWith("mutual", "defense")
                .containsOnly("mutual", "defense");
        WebElement first = marks.get(0);
        assertThat(first.getDomAttribute("id")).isEqualTo("first-match");
        assertThat(browser.inViewport(first))
                .as("the first match starts below the fold")
                .isFalse();

        WebElement jump = driver.findElement(By.linkText("Jump to the first match"));
        browser.scrollToReach(jump);
        jump.click();

        browser.await().until(d -> "first-match".equals(browser.fragment()));
        browser.awaitInViewport(first);
        screenshots.fullPage("search-article.png");
    }

    @Test
    void oneSearchFindsEveryArticleAboutAmmunition() {
        open("/");

        browser.typeInto("q", "ammunition");
        browser.applyFilters();

        assertThat(browser.query().get("q")).containsExactly("ammunition");
        assertThat(browser.headlines()).containsExactly(SUMMIT);
        assertThat(browser.resultCount()).startsWith("1 of 5 articles match ammunition,");
        assertThat(driver.findElements(By.cssSelector("article.entry .snippet mark")))
                .extracting(WebElement::getText)
                .containsExactly("ammunition");
    }

    @Test
    void aSearchThatMatchesNothingUnderATopicOffersToSearchAllArticles() {
        open("/");

        tickByLabel("Terrorism & condolences");
        browser.typeInto("q", "shoigu");
        browser.applyFilters();

        assertThat(browser.query().get("topic")).containsExactly("terrorism-condolences");
        assertThat(browser.headlines()).isEmpty();
        assertThat(textContent(driver.findElement(By.id("empty-heading"))))
                .isEqualTo("No articles match shoigu with these filters");
        screenshots.fullPage("search-empty.png");

        browser.followLink(driver.findElement(By.partialLinkText("Search all articles for")));

        assertThat(browser.query()).containsOnlyKeys("q");
        assertThat(browser.query().get("q")).containsExactly("shoigu");
        assertThat(driver.findElements(By.id("empty-heading"))).isEmpty();
        assertThat(browser.headlines()).containsExactly(SUMMIT, FUR_HAT, SHOIGU);
        assertThat(driver.findElement(By.id("topic-terrorism-condolences")).isSelected())
                .isFalse();
    }

    @Test
    void tabbingFromTheSearchBoxReachesTheSubmitButtonAndEnterSearches() {
        open("/");
        browser.typeInto("q", "ammunition");

        WebElement button = driver.findElement(By.xpath("//button[normalize-space()='Apply filters']"));
        browser.tabUntil(button::equals, this::insideTheFilterForm, 200);
        browser.loadingANewPage(() -> browser.press(Keys.ENTER));

        assertThat(browser.query().get("q")).containsExactly("ammunition");
        assertThat(browser.headlines()).containsExactly(SUMMIT);
    }

    // --- People, places and organisations ------------------------------------------------------

    @Test
    void everyArticleMentioningShoiguIsTwoClicksFromTheTimeline() {
        open("/");

        browser.followLink(driver.findElement(By.cssSelector(".site-nav")).findElement(By.linkText("People & places")));
        assertThat(browser.path()).isEqualTo("/entities");
        WebElement card = driver.findElements(By.cssSelector(".entity-card h3 a")).stream()
                .filter(link -> link.getText().equals("Sergei Shoigu"))
                .findFirst()
                .orElseThrow();
        browser.followLink(card);

        assertThat(browser.path()).isEqualTo(SHOIGU_PAGE);
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Sergei Shoigu");
        assertThat(driver.findElement(By.cssSelector(".entity-count")).getText())
                .startsWith("Mentioned in 3 articles");
        assertThat(browser.headlines()).containsExactly(SUMMIT, FUR_HAT, SHOIGU);
        screenshots.fullPage("entity.png");
    }

    @Test
    void tickingSergeiShoiguInTheFilterFormShowsHisThreeArticles() {
        open("/");

        browser.tick("entity-sergei-shoigu");
        browser.applyFilters();

        assertThat(browser.query().get("entity")).containsExactly("sergei-shoigu");
        assertThat(browser.headlines()).containsExactly(SUMMIT, FUR_HAT, SHOIGU);
        assertThat(browser.resultCount()).startsWith("3 of 5 articles match your filters");
        assertThat(driver.findElement(By.id("entity-sergei-shoigu")).isSelected())
                .isTrue();
    }

    @Test
    void aNameInTheArticleTextLinksToThatPersonsPage() {
        open("/");
        browser.followLink(driver.findElement(By.linkText(SUMMIT)));

        List<WebElement> links = driver.findElements(By.cssSelector(".article-body a.entity-link"));
        WebElement shoigu = links.stream()
                .filter(link -> link.getText().equals("Sergei Shoigu"))
                .findFirst()
                .orElseThrow();
        assertThat(links)
                .filteredOn(link -> link.getText().equals("Sergei Shoigu"))
                .as("only the first mention is a link")
                .hasSize(1);
        browser.followLink(shoigu);

        assertThat(browser.path()).isEqualTo(SHOIGU_PAGE);
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Sergei Shoigu");
    }

    @Test
    void aRelatedArticleSaysWhyAndOpensWhenFollowed() {
        open("/");
        browser.followLink(driver.findElement(By.linkText(SHOIGU)));

        List<WebElement> related = driver.findElements(By.cssSelector(".related-list li"));
        assertThat(related).hasSize(3);
        WebElement summit = related.stream()
                .filter(item -> item.findElement(By.tagName("a")).getText().equals(SUMMIT))
                .findFirst()
                .orElseThrow();
        assertThat(summit.findElement(By.cssSelector(".related-reason")).getText())
                .isEqualTo("Also about Sergei Shoigu");

        browser.followLink(summit.findElement(By.tagName("a")));

        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(SUMMIT);
    }

    // --- The overview --------------------------------------------------------------------------

    /** The overview's wide drawing, which a window this wide shows (a phone's narrow one is hidden). */
    private static final String WIDE_CHART = "figure.overview .overview-chart-wide svg";

    /**
     * The seed's first three events, on 13 September 2023 (two articles) and 19 September 2023 (one),
     * are six days apart: closer on the collection's time scale than a dot is wide, so they share one
     * column whose link covers both days (see DayMarks). That column is the mark for 13 September.
     */
    @Test
    void theOverviewShowsEveryArticleAndTheMarkFor13SeptemberFiltersTheTimelineToItsDays() {
        open("/");

        WebElement overview = driver.findElement(By.cssSelector("figure.overview"));
        assertThat(overview.isDisplayed()).isTrue();
        assertThat(overview.findElement(By.tagName("figcaption")).getText())
                .startsWith("5 articles from September 2023 to March 2025");
        List<WebElement> marks = overviewMarks();
        assertThat(marks)
                .extracting(DiscoveryBrowserIT::markName)
                .containsExactly(
                        "13 to 19 September 2023: 3 articles",
                        "23 March 2024: 1 article",
                        "21 March 2025: 1 article, date estimated");
        assertThat(overview.findElements(
                        By.cssSelector(".overview-chart-wide svg a.overview-mark circle.overview-dot")))
                .as("one dot per article")
                .hasSize(5);
        List<WebElement> rows = overview.findElements(By.cssSelector("#overview-counts tbody tr"));
        assertThat(rows).as("one row per mark").hasSize(marks.size());
        assertThat(rows.stream()
                        .mapToInt(row -> Integer.parseInt(
                                textContent(row.findElements(By.tagName("td")).get(0))))
                        .sum())
                .as("articles counted in the table")
                .isEqualTo(5);
        assertThat(overview.findElements(By.cssSelector(".overview-chart-wide svg rect.overview-band")))
                .as("no date range, no band")
                .isEmpty();

        WebElement september = markCovering("13 September 2023");
        assertThat(september.findElements(By.tagName("circle")))
                .as("a dot for each of its articles")
                .hasSize(3);
        browser.followLink(september);

        assertThat(browser.query().get("from")).containsExactly("2023-09-13");
        assertThat(browser.query().get("to")).containsExactly("2023-09-19");
        assertThat(browser.headlines())
                .as("the two articles of 13 September, then the one of 19 September")
                .containsExactly(SUMMIT, GIFTS, FUR_HAT);
        assertThat(browser.resultCount()).startsWith("3 of 5 articles match your filters");
        // One entry per article shows each one's own event date.
        open("/?from=2023-09-13&to=2023-09-19&view=articles");
        assertThat(driver.findElements(By.cssSelector(".timeline .entry-dates time:first-of-type")))
                .as("event dates")
                .extracting(time -> time.getDomAttribute("datetime"))
                .containsExactly("2023-09-13", "2023-09-13", "2023-09-19");
        assertThat(browser.resultCount()).startsWith("3 of 5 articles match your filters");

        WebElement band = driver.findElement(By.cssSelector(WIDE_CHART + " rect.overview-band"));
        assertThat(band.isDisplayed()).isTrue();
        WebElement chosen = markCovering("13 September 2023");
        assertThat(markName(chosen)).isEqualTo("13 to 19 September 2023: 3 articles, all matching your filters");
        assertThat(overlapsHorizontally(band, chosen))
                .as("the band stands behind the chosen days")
                .isTrue();
        assertThat(chosen.findElements(By.cssSelector("circle.is-other")))
                .as("the chosen days' dots are dark")
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector(WIDE_CHART + " a.overview-mark circle.is-other")))
                .as("the other two articles are pale")
                .hasSize(2);
        screenshots.fullPage("overview-filtered.png");
    }

    @Test
    void theCountsTableOpensWithAClickAndItsLinksWorkFromTheKeyboard() {
        open("/?from=2023-09-13&to=2023-09-19");

        WebElement details = driver.findElement(By.id("overview-counts"));
        WebElement summary = details.findElement(By.tagName("summary"));
        WebElement table = details.findElement(By.tagName("table"));
        assertThat(summary.getText()).isEqualTo("Counts by day");
        assertThat(table.isDisplayed()).as("closed at first").isFalse();

        browser.scrollToReach(summary);
        summary.click();

        browser.await().until(d -> "true".equals(details.getDomProperty("open")) && table.isDisplayed());
        assertThat(browser.focused())
                .as("the summary has the focus after the click")
                .isEqualTo(summary);
        List<WebElement> links = table.findElements(By.cssSelector("tbody th a"));
        assertThat(links)
                .extracting(WebElement::getText)
                .containsExactly("13 to 19 September 2023", "23 March 2024", "21 March 2025");
        browser.press(Keys.TAB);
        assertThat(browser.focused())
                .as("Tab goes from the summary to the table's first link")
                .isEqualTo(links.get(0));
        browser.tabUntil(link -> link.getText().equals("23 March 2024"), links::contains, links.size());
        browser.loadingANewPage(() -> browser.press(Keys.ENTER));

        assertThat(browser.query().get("from")).containsExactly("2024-03-23");
        assertThat(browser.query().get("to")).containsExactly("2024-03-23");
        assertThat(browser.headlines()).containsExactly(CONDOLENCES);
    }

    // --- Helpers -------------------------------------------------------------------------------

    /** Ticks the checkbox whose label starts with {@code name} (its count follows). */
    private void tickByLabel(String name) {
        WebElement label = driver.findElements(By.cssSelector(".filters label")).stream()
                .filter(candidate -> textContent(candidate).startsWith(name + " "))
                .findFirst()
                .orElseThrow();
        browser.tick(label.getDomAttribute("for"));
    }

    private List<WebElement> overviewMarks() {
        return driver.findElements(By.cssSelector(WIDE_CHART + " a.overview-mark"));
    }

    /** An overview link's name: its SVG {@code <title>}, which browsers also show on hover. */
    private static String markName(WebElement mark) {
        return textContent(mark.findElement(By.tagName("title")));
    }

    /**
     * The overview's link whose dates include {@code day} ("13 September 2023"), as its name says: the
     * day itself, or a run of days from it ("13 to 19 September 2023").
     */
    private WebElement markCovering(String day) {
        String[] dayMonthYear = day.split(" ", 2);
        List<WebElement> found = overviewMarks().stream()
                .filter(mark -> {
                    String dates = markName(mark).split(":", 2)[0];
                    return dates.equals(day)
                            || dates.startsWith(day + " to ")
                            || dates.matches(dayMonthYear[0] + " to \\d+ " + dayMonthYear[1]);
                })
                .toList();
        assertThat(found).as("overview marks covering %s", day).hasSize(1);
        return found.get(0);
    }

    private boolean insideTheFilterForm(WebElement element) {
        return Boolean.TRUE.equals(
                driver.executeScript("return arguments[0].closest('form.filters') !== null", element));
    }

    private boolean overlapsHorizontally(WebElement a, WebElement b) {
        return Boolean.TRUE.equals(driver.executeScript("""
                const r = arguments[0].getBoundingClientRect(), s = arguments[1].getBoundingClientRect();
                return r.width > 0 && s.width > 0 && r.left < s.right && s.left < r.right;
                """, a, b));
    }
}
