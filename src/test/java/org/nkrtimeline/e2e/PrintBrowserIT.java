package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticles;

/** An article as Chromium prints it (print media emulated through the DevTools protocol). */
class PrintBrowserIT extends BrowserTest {

    @AfterEach
    void backToTheScreen() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private String style(String selector, String property) {
        return (String) driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
                selector,
                property);
    }

    private String afterContent(String selector) {
        return (String) driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]), '::after').getPropertyValue('content')",
                selector);
    }

    @Test
    void aPrintedArticleHasItsHeadlineDatesTextAndReferencesAndNoneOfTheSitesControls() {
        open("/articles/" + SeedArticles.B + "?topic=space");
        assertThat(style(".site-nav", "display")).as("on screen").isNotEqualTo("none");

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        for (String hidden : new String[] {
            ".site-nav",
            ".pager",
            ".skip-link",
            ".back",
            ".site-footer",
            ".related",
            ".article-entities",
            ".shortcuts-hint"
        }) {
            assertThat(style(hidden, "display")).as(hidden).isEqualTo("none");
        }
        for (String shown : new String[] {"main h1", ".article-dates", ".article-body", ".references"}) {
            assertThat(style(shown, "display")).as(shown).isNotEqualTo("none");
        }
        assertThat(style(".article-body", "font-family")).contains("Georgia");
        assertThat(style(".article-body", "font-size")).isEqualTo("14.6667px"); // 11pt
        assertThat(style("body", "background-color")).isIn("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)");
        assertThat(style(".site-header", "background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(style("main h1", "break-after")).isEqualTo("avoid");
        assertThat(afterContent(".date-note a[href^=http]"))
                .as("a link prints its address")
                .containsAnyOf("attr(href)", "http");
        assertThat(afterContent(".references a"))
                .as("a reference shows its address as its text")
                .isEqualTo("none");
    }
}
