package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How the browser tests drive a page as a reader does, and read it back: following links and
 * submitting forms (waiting for the next page, never sleeping), ticking boxes by their labels,
 * scrolling the sticky filter form, pressing keys, and reading headlines and the address.
 */
final class Browser {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /**
     * The links to the timeline's articles, in the page's order: an entry's own headline, or the
     * reports listed under an event's entry (whose headline is the event's title).
     */
    static final String ARTICLE_LINKS = ".entry-headline a[href^='/articles/'], .event-reports a";

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    // --- The viewport --------------------------------------------------------------------------

    /**
     * A viewport in CSS pixels. {@code mobile} lays pages out as a phone does (the viewport meta tag
     * counts, scrollbars overlay the page).
     */
    record Viewport(int width, int height, boolean mobile) {

        /** A phone held upright: 390 x 844 (an iPhone 12 to 15). */
        static final Viewport PHONE = new Viewport(390, 844, true);

        /** A laptop's browser: a 1280 x 800 page area. */
        static final Viewport LAPTOP = new Viewport(1280, 800, false);
    }

    /**
     * Lays the pages out in {@code viewport} from now on, whatever the window's size, until {@link
     * #defaultViewport()}; reload or open a page after it. The window's own size
     * ({@code --window-size}) includes the headless browser's frame, so the viewport is set exactly,
     * through the DevTools protocol, as a phone or a laptop would give it.
     */
    void useViewport(Viewport viewport) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        viewport.width(),
                        "height",
                        viewport.height(),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        viewport.mobile()));
    }

    /** Back to the window's own viewport. */
    void defaultViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    // --- Loading pages -------------------------------------------------------------------------

    void open(String url) {
        driver.get(url);
        awaitLoaded();
    }

    /** Clicks something that loads a new page and waits until the new page has loaded. */
    void followLink(WebElement element) {
        scrollToReach(element);
        loadingANewPage(element::click);
    }

    /** Does something that loads a new page (a click, a key press) and waits until the new page has loaded. */
    void loadingANewPage(Runnable action) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        wait.until(d -> isGone(oldPage));
        awaitLoaded();
    }

    /**
     * Whether the element's page has been replaced. Selenium's {@code stalenessOf} only knows the
     * stale-element error; while a new page replaces a fast one, Chrome may instead answer that the
     * node "does not belong to the document", which means the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void awaitLoaded() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> !d.findElements(By.id("main")).isEmpty());
    }

    // --- Reaching and using elements -----------------------------------------------------------

    /**
     * Scrolls until {@code element} can be clicked: to the middle of the window, which is clear of the
     * filter form's "Apply filters" bar at the bottom; failing that (something drawn over it there), to
     * the bottom of the page.
     */
    void scrollToReach(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        if (!reachable(element)) {
            driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        }
        wait.until(d -> reachable(element));
    }

    /**
     * Whether a click at the element's centre would land on it (or inside it). For a link that wraps
     * onto a second line that is the centre of its first line, as WebDriver clicks it: the centre of
     * the whole box may fall in the gap beside the link.
     */
    boolean reachable(WebElement element) {
        return Boolean.TRUE.equals(driver.executeScript("""
                const rects = arguments[0].getClientRects();
                const r = rects.length > 0 ? rects[0] : arguments[0].getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
                const hit = document.elementFromPoint(x, y);
                return hit !== null && (hit === arguments[0] || arguments[0].contains(hit));
                """, element));
    }

    /**
     * Whether the element's whole box is inside the viewport, give or take a pixel, and nothing else is
     * drawn over its centre. The pixel is for scrolling to a fragment: the browser lines up the top of
     * the target's line, and an inline box such as a {@code <mark>} can reach half a pixel above it.
     */
    boolean inViewport(WebElement element) {
        return Boolean.TRUE.equals(driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.top >= -1 && r.left >= -1
                    && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
                """, element)) && reachable(element);
    }

    /** Waits until the element is in the viewport (see {@link #inViewport}), saying where it is if it never is. */
    void awaitInViewport(WebElement element) {
        // A wait of its own: a message set on the shared wait would stay on every later timeout.
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "not in the viewport: " + position(element))
                .until(d -> inViewport(element));
    }

    /** Where an element is drawn, for failure messages: its box, the viewport and what is at its centre. */
    String position(WebElement element) {
        return (String) driver.executeScript("""
                const e = arguments[0], r = e.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return `box left ${r.left} top ${r.top} right ${r.right} bottom ${r.bottom}`
                    + ` in a viewport of ${innerWidth}x${innerHeight} scrolled to ${scrollY};`
                    + ` at its centre: ${hit === null ? 'nothing' : hit.outerHTML.slice(0, 80)}`;
                """, element);
    }

    void applyFilters() {
        followLink(driver.findElement(By.xpath("//button[normalize-space()='Apply filters']")));
    }

    /**
     * Ticks a checkbox by clicking its label, as a reader would: a pointer's click at the label's centre,
     * which {@link #scrollToReach} has made sure the label receives. WebDriver's own click would refuse
     * the filter form's labels beside the timeline: it counts all that is in a closed {@code <details>}
     * as hidden, whatever the style, and there the form's disclosure is closed but drawn open (site.css).
     */
    void tick(String checkboxId) {
        WebElement box = driver.findElement(By.id(checkboxId));
        if (!box.isSelected()) {
            WebElement label = driver.findElement(By.cssSelector("label[for='" + checkboxId + "']"));
            scrollToReach(label);
            new Actions(driver).moveToElement(label).click().perform();
        }
        wait.until(d -> box.isSelected());
    }

    /** Clicks into a text field and types, as a reader would, and checks that the field took it all. */
    void typeInto(String inputId, String text) {
        WebElement input = driver.findElement(By.id(inputId));
        scrollToReach(input);
        input.click();
        wait.until(d -> input.equals(focused()));
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }

    /**
     * Sets an {@code <input type=date>}. Typing into it depends on the browser's locale (month first
     * in en-US, day first elsewhere), so the ISO value is set through the DOM, with the events a
     * picker fires, and read back to make sure the browser accepted it.
     */
    void setDate(String inputId, String isoDate) {
        WebElement input = driver.findElement(By.id(inputId));
        assertThat(input.getDomAttribute("type")).isEqualTo("date");
        driver.executeScript("""
                const input = arguments[0];
                input.value = arguments[1];
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));
                """, input, isoDate);
        wait.until(d -> isoDate.equals(input.getDomProperty("value")));
    }

    // --- The keyboard --------------------------------------------------------------------------

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses a key on whatever has the focus, as a keyboard does, not on a chosen element. */
    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /**
     * Presses Tab until the focus is on an element that {@code target} accepts, checking each element
     * the focus passes with {@code onTheWay}; fails after {@code maxPresses}. Returns the number of presses.
     */
    int tabUntil(Predicate<WebElement> target, Predicate<WebElement> onTheWay, int maxPresses) {
        for (int presses = 1; presses <= maxPresses; presses++) {
            press(Keys.TAB);
            WebElement now = focused();
            if (target.test(now)) {
                return presses;
            }
            assertThat(onTheWay.test(now))
                    .as("Tab %d left the expected path at %s", presses, describe(now))
                    .isTrue();
        }
        throw new AssertionError("The target was not reached in " + maxPresses + " presses of Tab; the focus is on "
                + describe(focused()));
    }

    /** A short description of an element for failure messages: its tag, id and text. */
    String describe(WebElement element) {
        return (String) driver.executeScript("""
                const e = arguments[0];
                return '<' + e.tagName.toLowerCase() + (e.id ? ' id=' + e.id : '') + '> '
                    + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
                """, element);
    }

    // --- Reading the page ----------------------------------------------------------------------

    List<String> headlines() {
        return driver.findElements(By.cssSelector(ARTICLE_LINKS)).stream()
                .map(WebElement::getText)
                .toList();
    }

    String resultCount() {
        return driver.findElement(By.cssSelector(".result-count")).getText();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The current URL's fragment, without the "#"; null when there is none. */
    String fragment() {
        return URI.create(driver.getCurrentUrl()).getFragment();
    }

    /** The current URL's query parameters, decoded, in order. */
    Map<String, List<String>> query() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String raw = URI.create(driver.getCurrentUrl()).getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            params.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), key -> new ArrayList<>())
                    .add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    /** The text of an element as it is in the document, shown or not, whitespace normalised. */
    static String textContent(WebElement element) {
        return normalize(element.getDomProperty("textContent"));
    }

    static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
