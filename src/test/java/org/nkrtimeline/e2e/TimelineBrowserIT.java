package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The timeline as a reader uses it, in a real headless Chromium against the running app: the full
 * timeline, the filter form, the two date axes and the article pages with their navigation. It saves
 * screenshots to target/screenshots/ (scripts/update-screenshots.sh copies them into docs/).
 */
class TimelineBrowserIT extends BrowserTest {

    // The five seed articles, in event-date order.
    static final String SUMMIT = "Kim and Putin meet at Far East space base; Kim writes “Glory to Russia”";
    static final String GIFTS = "Kim and Putin trade gifts at Vostochny; Putin accepts invitation to North Korea";
    static final String FUR_HAT = "Kim Jong Un returns from Russia with gifts including a fur hat and drones";
    static final String CONDOLENCES = "Kim Jong Un sends Putin condolences after Moscow concert hall attack";
    static final String SHOIGU = "Kim Jong Un pledges support for Russia's war in Ukraine in talks with Shoigu";

    /**
     * War in Ukraine (summit, condolences, Shoigu) within Sep 2023 – Dec 2024 leaves the summit and the
     * condolences.
     */
    static final String FILTERED = "/?topic=war-in-ukraine&from=2023-09-01&to=2024-12-31";

    @Test
    void timelineShowsAllFiveArticlesInEventDateOrder() {
        open("/");

        assertThat(headlines()).containsExactly(SUMMIT, GIFTS, FUR_HAT, CONDOLENCES, SHOIGU);
        assertThat(resultCount()).startsWith("5 of 5 articles shown");
        assertThat(driver.findElements(By.cssSelector(".undated-group"))).isEmpty();
        screenshots.fullPage("timeline.png");

        Screenshots.Shot phone = screenshots.phone("timeline-phone.png", 360, 780);
        assertThat(phone.pageWidth())
                .as("page width on a 360 px phone (no sideways scrolling)")
                .isEqualTo(360);
        assertThat(headlines()).hasSize(5);
    }

    @Test
    void topicAndDateRangeFiltersNarrowTheTimelineAndStayInTheUrl() {
        open("/");

        tick("topic-war-in-ukraine");
        setDate("from", "2023-09-01");
        setDate("to", "2024-12-31");
        applyFilters();

        assertThat(headlines()).containsExactly(SUMMIT, CONDOLENCES);
        assertThat(resultCount()).startsWith("2 of 5 articles match your filters");
        Map<String, List<String>> query = query();
        assertThat(query.get("topic")).containsExactly("war-in-ukraine");
        assertThat(query.get("from")).containsExactly("2023-09-01");
        assertThat(query.get("to")).containsExactly("2024-12-31");
        assertFormShowsTheFilter();
    }

    @Test
    void publicationAxisReordersTheArticlesAndGroupsTheUndatedOneAtTheEnd() {
        open("/");
        List<String> byEvent = headlines();

        choose("axis-published");
        applyFilters();

        assertThat(query().get("axis")).containsExactly("published");
        assertThat(resultCount()).contains("by publication date");
        // Both published on 12 Nov 2023: the earlier event comes first. The Shoigu article has no publication date.
        List<String> byPublication = headlines();
        assertThat(byPublication).isNotEqualTo(byEvent).containsExactly(SUMMIT, FUR_HAT, GIFTS, CONDOLENCES, SHOIGU);
        WebElement undated = driver.findElement(By.cssSelector(".undated-group"));
        assertThat(undated.findElements(By.cssSelector(Browser.ARTICLE_LINKS)))
                .extracting(WebElement::getText)
                .containsExactly(SHOIGU);
        WebElement lastGroup = driver.findElement(By.cssSelector(".timeline > section:last-of-type"));
        assertThat(lastGroup.getDomAttribute("class")).contains("undated-group");

        choose("axis-event");
        applyFilters();

        assertThat(headlines()).containsExactly(SUMMIT, GIFTS, FUR_HAT, CONDOLENCES, SHOIGU);
        assertThat(driver.findElements(By.cssSelector(".undated-group"))).isEmpty();
    }

    @Test
    void everyArticlePageShowsTheWholeSourceTextInOrderWithoutScrapingDebris() {
        List<SeedArticle> seeds = SeedArticle.all();
        assertThat(seeds)
                .extracting(SeedArticle::headline)
                .containsExactlyInAnyOrder(SUMMIT, GIFTS, FUR_HAT, CONDOLENCES, SHOIGU);

        for (SeedArticle seed : seeds) {
            open("/");
            followLink(driver.findElement(By.linkText(seed.headline())));

            assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(seed.headline());
            String body = normalize(
                    driver.findElement(By.cssSelector(".article-body")).getDomProperty("textContent"));
            List<String> sentences = seed.sentences();
            assertThat(sentences).as("sentences of %s", seed.file()).hasSizeGreaterThan(5);
            int position = 0;
            for (String sentence : sentences) {
                int found = body.indexOf(normalize(sentence), position);
                assertThat(found)
                        .as("%s: sentence missing or out of order on the page:%n%s", seed.file(), sentence)
                        .isGreaterThanOrEqualTo(0);
                position = found + normalize(sentence).length();
            }
            assertThat(body.toLowerCase()).doesNotContain("advertisment", "read the original article here");
            assertThat(body).doesNotMatch("(?s)^\\s*date \\d{4}-.*");

            if (seed.headline().equals(CONDOLENCES)) {
                screenshots.fullPage("article.png");
            }
        }
    }

    @Test
    void articleOpenedFromAFilteredTimelineKeepsTheFiltersInItsPagerAndBackLink() {
        open("/");
        followLink(driver.findElement(By.linkText(SUMMIT)));
        assertThat(driver.findElements(By.cssSelector("a[rel=prev]"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("a[rel=next]")).getText()).contains(GIFTS);

        open(FILTERED);
        followLink(driver.findElement(By.linkText(SUMMIT)));

        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(SUMMIT);
        assertThat(query().get("topic")).containsExactly("war-in-ukraine");
        assertThat(driver.findElements(By.cssSelector("a[rel=prev]"))).isEmpty();
        // Next in the filtered timeline, not the unfiltered one.
        followLink(driver.findElement(By.cssSelector("a[rel=next]")));

        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(CONDOLENCES);
        assertThat(driver.findElement(By.cssSelector("a[rel=prev]")).getText()).contains(SUMMIT);
        assertThat(driver.findElements(By.cssSelector("a[rel=next]")))
                .as("the Shoigu article is outside the date range")
                .isEmpty();
        followLink(driver.findElement(By.cssSelector("a[rel=prev]")));
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(SUMMIT);

        followLink(driver.findElement(By.linkText("← Back to the timeline")));

        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/");
        Map<String, List<String>> query = query();
        assertThat(query.get("topic")).containsExactly("war-in-ukraine");
        assertThat(query.get("from")).containsExactly("2023-09-01");
        assertThat(query.get("to")).containsExactly("2024-12-31");
        assertThat(headlines()).containsExactly(SUMMIT, CONDOLENCES);
        assertFormShowsTheFilter();
    }

    private void assertFormShowsTheFilter() {
        assertThat(driver.findElement(By.id("topic-war-in-ukraine")).isSelected())
                .isTrue();
        assertThat(driver.findElement(By.id("topic-space")).isSelected()).isFalse();
        assertThat(driver.findElement(By.id("from")).getDomProperty("value")).isEqualTo("2023-09-01");
        assertThat(driver.findElement(By.id("to")).getDomProperty("value")).isEqualTo("2024-12-31");
    }

    // --- Driving the browser (see Browser) -----------------------------------------------------

    private void followLink(WebElement element) {
        browser.followLink(element);
    }

    private void applyFilters() {
        browser.applyFilters();
    }

    private void tick(String checkboxId) {
        browser.tick(checkboxId);
    }

    private void choose(String radioId) {
        browser.tick(radioId);
    }

    private void setDate(String inputId, String isoDate) {
        browser.setDate(inputId, isoDate);
    }

    private List<String> headlines() {
        return browser.headlines();
    }

    private String resultCount() {
        return browser.resultCount();
    }

    private Map<String, List<String>> query() {
        return browser.query();
    }

    private static String normalize(String text) {
        return Browser.normalize(text);
    }
}
