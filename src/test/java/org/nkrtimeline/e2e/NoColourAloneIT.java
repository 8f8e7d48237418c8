package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.editorial.account.EditorAccounts;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.SeedArticles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing is shown by colour alone (WCAG 1.4.1): wherever colour sets one thing apart, a shape, a
 * size, a line or words do too, in the light and the dark theme alike.
 */
class NoColourAloneIT extends BrowserTest {

    @Autowired
    EditorAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheSeedArticles() {
        Editorial.reset(jdbc);
    }

    @Test
    void inTheOverviewAnArticleNotMatchingTheFiltersIsASmallerDotAndAnEstimatedDateAHollowDashedOne() {
        open("/?topic=space");
        List<WebElement> matching = driver.findElements(
                By.cssSelector(".overview-chart-wide .overview-marks circle.overview-dot:not(.is-other)"));
        List<WebElement> others = driver.findElements(
                By.cssSelector(".overview-chart-wide .overview-marks circle.overview-dot.is-other"));
        assertThat(matching).isNotEmpty();
        assertThat(others).isNotEmpty();
        double matchingWidth = drawnWidth(matching.get(0));
        assertThat(others)
                .allSatisfy(dot -> assertThat(drawnWidth(dot))
                        .as("a dot not matching the filters")
                        .isLessThan(matchingWidth * 0.8));

        WebElement estimated = driver.findElement(
                By.cssSelector(".overview-chart-wide .overview-marks circle.overview-dot.is-estimated"));
        Map<?, ?> style = style(estimated, "strokeDasharray", "fill");
        assertThat(style.get("strokeDasharray"))
                .as("an estimated date's dashed edge")
                .isNotEqualTo("none");
        assertThat(style.get("fill"))
                .as("an estimated date is hollow: filled with the card's colour")
                .isEqualTo(driver.executeScript(
                        "return getComputedStyle(document.querySelector('.overview')).backgroundColor"));

        // Each mark's link names its counts in words, and the counts table says the same.
        assertThat(driver.findElements(By.cssSelector(".overview-mark title")))
                .extracting(e -> e.getDomProperty("textContent"))
                .anyMatch(name -> name.contains("matching your filters"));
        assertThat(driver.findElements(
                        By.xpath("//details[@id='overview-counts']//th[normalize-space()='Matching your filters']")))
                .hasSize(1);
    }

    @Test
    void thePartOfABarNotMatchingTheFiltersHasADashedEdge() {
        // The seed articles are few enough for dots; the stylesheet's rule for bars is checked on bars of its own.
        open("/?topic=space");
        driver.executeScript("""
                document.querySelector('.overview-marks').insertAdjacentHTML('beforeend',
                    '<rect id="bar-matching" class="overview-bar" x="0" y="0" width="6" height="10"/>'
                    + '<rect id="bar-other" class="overview-bar is-other" x="0" y="0" width="6" height="10"/>');
                """);
        assertThat(style(driver.findElement(By.id("bar-other")), "strokeDasharray")
                        .get("strokeDasharray"))
                .isNotEqualTo("none");
        assertThat(style(driver.findElement(By.id("bar-matching")), "strokeDasharray")
                        .get("strokeDasharray"))
                .isEqualTo("none");
    }

    @Test
    void aSearchMatchIsUnderlinedAsWellAsHighlighted() {
        open("/?q=ammunition");
        WebElement mark = driver.findElement(By.cssSelector(".snippet mark"));
        Map<?, ?> style = style(mark, "borderBottomStyle", "borderBottomWidth");
        assertThat(style.get("borderBottomStyle")).isEqualTo("solid");
        assertThat(Double.parseDouble(((String) style.get("borderBottomWidth")).replace("px", "")))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEstimatedOrUnknownDateSaysSoInWords() {
        open("/?view=articles");
        WebElement estimated = driver.findElement(By.id("entry-" + SeedArticles.C));
        assertThat(estimated.findElement(By.cssSelector(".estimate-badge")).getText())
                .isEqualToIgnoringCase("estimate");
        assertThat(estimated.getText()).contains("Why this date is an estimate");

        open("/?axis=published&view=articles");
        WebElement undated = driver.findElement(By.cssSelector(".undated-group"));
        assertThat(undated.findElement(By.cssSelector(".year-heading")).getText())
                .isEqualTo("Undated");
        assertThat(undated.findElement(By.cssSelector(".entry-dates .undated")).getText())
                .startsWith("Publication date not");
    }

    @Test
    void aFieldWithAnErrorHasAThickerEdgeAWarningSignAndAMessageItIsLinkedTo() {
        accounts.create("colour-editor", "a long test password");
        EditorSignIn.signIn(browser, port, "colour-editor", "a long test password");
        open("/editor/articles/" + SeedArticles.C);
        WebElement date = driver.findElement(By.id("article-event-date"));
        double normalBorder =
                Double.parseDouble(((String) style(date, "borderTopWidth").get("borderTopWidth")).replace("px", ""));
        date.clear();
        date.sendKeys("2024-13-45");
        browser.followLink(driver.findElement(By.xpath("//main//button[normalize-space()='Save changes']")));

        WebElement invalid = driver.findElement(By.id("article-event-date"));
        assertThat(invalid.getDomAttribute("aria-invalid")).isEqualTo("true");
        double errorBorder =
                Double.parseDouble(((String) style(invalid, "borderTopWidth").get("borderTopWidth")).replace("px", ""));
        assertThat(errorBorder).as("the edge of a field with an error").isGreaterThan(normalBorder);
        WebElement message = driver.findElement(By.id(invalid.getDomAttribute("aria-describedby")));
        assertThat(message.getText()).isNotBlank();
        assertThat((String) driver.executeScript("return getComputedStyle(arguments[0], '::before').content", message))
                .as("the warning sign before the message")
                .contains("⚠");
    }

    private double drawnWidth(WebElement element) {
        return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().width", element))
                .doubleValue();
    }

    private Map<?, ?> style(WebElement element, String... properties) {
        return (Map<?, ?>) driver.executeScript("""
                const s = getComputedStyle(arguments[0]);
                return Object.fromEntries(arguments[1].map(p => [p, s[p]]));
                """, element, List.of(properties));
    }
}
