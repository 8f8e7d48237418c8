package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The reader's pages with a keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys, digits): the
 * skip link, the search, the filter form's radios, dates and checkboxes, submitting it, the overview's
 * links and an article. Every element the focus lands on shows a visible focus indicator, and in the
 * filter form the focus moves in the order the controls are drawn, top to bottom, left to right.
 */
class KeyboardOnlyIT extends BrowserTest {

    @Test
    void theSkipLinkIsTheFirstStopShowsWhenFocusedAndLeadsIntoTheMainContent() {
        open("/");
        browser.press(Keys.TAB);
        WebElement skip = browser.focused();
        assertThat(skip.getDomAttribute("class")).isEqualTo("skip-link");
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(browser.inViewport(skip))
                .as("the focused skip link is drawn on screen")
                .isTrue();
        assertFocusVisible(skip);

        browser.press(Keys.ENTER);
        assertThat(browser.fragment()).isEqualTo("main");
        browser.press(Keys.TAB);
        WebElement first = browser.focused();
        assertThat(inside(first, "#main"))
                .as("the first stop after the skip link, %s", browser.describe(first))
                .isTrue();
        assertThat(first.getDomAttribute("id")).isEqualTo("q");

        // Shift+Tab goes back the way it came: to the last link of the site's navigation, before the main content.
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        WebElement back = browser.focused();
        assertThat(inside(back, ".site-header nav"))
                .as("Shift+Tab from the search box: %s", browser.describe(back))
                .isTrue();
        assertThat(back.getText()).isEqualTo("People & places");
        assertFocusVisible(back);
    }

    @Test
    void aKeyboardAloneSearchesWithEnter() {
        open("/");
        browser.press(Keys.TAB);
        browser.press(Keys.ENTER);
        browser.press(Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("q");
        assertFocusVisible(browser.focused());
        browser.press("Vostochny");
        browser.loadingANewPage(() -> browser.press(Keys.ENTER));

        assertThat(browser.query()).containsEntry("q", List.of("Vostochny"));
        assertThat(browser.headlines()).isNotEmpty();
    }

    @Test
    void aKeyboardAloneFiltersByAxisDatesAndTopicThenFollowsTheOverviewAndOpensAnArticle() {
        open("/");
        browser.press(Keys.TAB);
        browser.press(Keys.ENTER);
        List<WebElement> formStops = new ArrayList<>();

        // The search box, then the checked radio of the axis group; an arrow key moves to and picks the next.
        formStops.add(next("q"));
        formStops.add(next("axis-event"));
        browser.press(Keys.ARROW_DOWN);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("axis-published");
        assertThat(browser.focused().isSelected())
                .as("the arrow key picks the publication axis")
                .isTrue();
        assertFocusVisible(browser.focused());
        // Then the checked radio of the view group (grouped by event), left as it is.
        formStops.add(next("view-events"));

        formStops.add(next("from"));
        typeDate("2023-09-01");
        formStops.add(nextAfterDate("to"));
        typeDate("2024-12-31");
        formStops.add(nextAfterDate("order"));

        // The topics: Tab along the checkboxes to "space" and tick it with the space bar.
        WebElement space = nextUntil("topic-space", formStops);
        assertThat(space.isSelected()).isFalse();
        browser.press(Keys.SPACE);
        assertThat(space.isSelected()).as("Space ticks the focused checkbox").isTrue();
        assertFocusVisible(space);

        WebElement submit = nextUntil(null, formStops);
        assertThat(submit.getText()).isEqualTo("Apply filters");
        assertDrawnInReadingOrder(formStops);
        browser.loadingANewPage(() -> browser.press(Keys.ENTER));

        assertThat(browser.query())
                .containsEntry("axis", List.of("published"))
                .containsEntry("from", List.of("2023-09-01"))
                .containsEntry("to", List.of("2024-12-31"))
                .containsEntry("topic", List.of("space"));

        // The overview's marks are links; Enter on one filters the timeline to its dates.
        WebElement mark = tabUntil(e -> "a".equals(e.getTagName()) && inside(e, ".overview-marks"), 80);
        String href = mark.getDomAttribute("href");
        assertThat(href).contains("from=").contains("to=");
        browser.loadingANewPage(() -> browser.press(Keys.ENTER));
        assertThat(browser.query()).containsKeys("from", "to");

        // And an article opens from its headline with Enter (under its event's entry, or its own).
        WebElement headline = tabUntil(
                e -> (inside(e, ".entry-headline") || inside(e, ".event-reports"))
                        && String.valueOf(e.getDomAttribute("href")).startsWith("/articles/"),
                200);
        String title = headline.getText();
        browser.loadingANewPage(() -> browser.press(Keys.ENTER));
        assertThat(browser.path()).startsWith("/articles/");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
    }

    /** Presses Tab once and checks the focus landed on {@code id}, with a visible focus indicator. */
    private WebElement next(String id) {
        browser.press(Keys.TAB);
        WebElement focused = browser.focused();
        assertThat(focused.getDomAttribute("id"))
                .as("the next stop, %s", browser.describe(focused))
                .isEqualTo(id);
        assertFocusVisible(focused);
        return focused;
    }

    /**
     * Leaves a date field with Tab: Chromium's Tab first steps through the field's day, month, year and
     * calendar button, then on to the next control, which must be {@code id}.
     */
    private WebElement nextAfterDate(String id) {
        WebElement date = browser.focused();
        for (int presses = 0; presses < 5 && browser.focused().equals(date); presses++) {
            browser.press(Keys.TAB);
            if (browser.focused().equals(date)) {
                assertFocusVisible(date);
            }
        }
        WebElement focused = browser.focused();
        assertThat(focused.getDomAttribute("id"))
                .as("the stop after the date, %s", browser.describe(focused))
                .isEqualTo(id);
        assertFocusVisible(focused);
        return focused;
    }

    /** Tabs until the element with {@code id} (or the submit button, when null), collecting each stop. */
    private WebElement nextUntil(String id, List<WebElement> stops) {
        for (int presses = 0; presses < 60; presses++) {
            browser.press(Keys.TAB);
            WebElement focused = browser.focused();
            assertFocusVisible(focused);
            assertThat(inside(focused, "form.filters"))
                    .as("still in the filter form: %s", browser.describe(focused))
                    .isTrue();
            stops.add(focused);
            boolean found = id == null
                    ? "submit".equals(focused.getDomAttribute("type"))
                    : id.equals(focused.getDomAttribute("id"));
            if (found) {
                return focused;
            }
        }
        throw new AssertionError("never reached " + id);
    }

    private WebElement tabUntil(Predicate<WebElement> target, int max) {
        for (int presses = 0; presses < max; presses++) {
            browser.press(Keys.TAB);
            WebElement focused = browser.focused();
            assertFocusVisible(focused);
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError(
                "not reached in " + max + " presses of Tab; the focus is on " + browser.describe(browser.focused()));
    }

    /** Types a date into the focused date field digit by digit, in the order the browser's locale shows its parts. */
    private void typeDate(String iso) {
        WebElement field = browser.focused();
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) browser.driver().executeScript("""
                return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2023, 8, 1))
                    .map(p => p.type).filter(t => t === 'year' || t === 'month' || t === 'day');
                """);
        Map<String, String> parts =
                Map.of("year", iso.substring(0, 4), "month", iso.substring(5, 7), "day", iso.substring(8, 10));
        for (String part : order) {
            browser.press(parts.get(part));
        }
        assertThat(field.getDomProperty("value"))
                .as("typed into %s", browser.describe(field))
                .isEqualTo(iso);
    }

    /**
     * The focus indicator is drawn: an outline or a box shadow on the element, its label, or (SVG links) its
     * hit area's stroke.
     */
    private void assertFocusVisible(WebElement element) {
        String indicator = (String) browser.driver().executeScript("""
                const e = arguments[0];
                const drawn = el => {
                    const s = getComputedStyle(el);
                    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                        return 'outline ' + s.outlineWidth + ' ' + s.outlineColor;
                    if (s.boxShadow !== 'none') return 'box-shadow ' + s.boxShadow;
                    return null;
                };
                const hit = e.querySelector && e.querySelector('.overview-hit');
                if (hit) {
                    const s = getComputedStyle(hit);
                    return s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 ? 'stroke ' + s.stroke : null;
                }
                const own = drawn(e);
                if (own) return own;
                const label = e.id ? document.querySelector('label[for="' + e.id + '"]') : null;
                return label ? drawn(label) : null;
                """, element);
        assertThat(indicator)
                .as("a visible focus indicator on %s", browser.describe(element))
                .isNotNull();
    }

    /** Each stop is below the one before, or on the same line to its right. */
    private void assertDrawnInReadingOrder(List<WebElement> stops) {
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < stops.size(); i++) {
            Map<?, ?> before = box(stops.get(i - 1));
            Map<?, ?> now = box(stops.get(i));
            double top0 = ((Number) before.get("top")).doubleValue(), top1 = ((Number) now.get("top")).doubleValue();
            double bottom0 = ((Number) before.get("bottom")).doubleValue();
            double left0 = ((Number) before.get("left")).doubleValue(),
                    left1 = ((Number) now.get("left")).doubleValue();
            boolean sameLine = top1 < bottom0 && top1 >= top0 - 4;
            boolean inOrder = sameLine ? left1 > left0 : top1 >= bottom0 - 4;
            if (!inOrder) {
                problems.add(browser.describe(stops.get(i - 1)) + " " + before + " then "
                        + browser.describe(stops.get(i)) + " " + now);
            }
        }
        assertThat(problems).as("the focus order follows the drawn order").isEmpty();
    }

    private Map<?, ?> box(WebElement element) {
        return (Map<?, ?>) browser.driver().executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left};
                """, element);
    }

    private boolean inside(WebElement element, String selector) {
        return Boolean.TRUE.equals(browser.driver()
                .executeScript("return arguments[0].closest(arguments[1]) !== null", element, selector));
    }
}
