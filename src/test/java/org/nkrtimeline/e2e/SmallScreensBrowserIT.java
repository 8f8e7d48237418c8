package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.e2e.Browser.Viewport.LAPTOP;
import static org.nkrtimeline.e2e.Browser.Viewport.PHONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timeline on a phone (390 x 844) and on a laptop (1280 x 800), measured in the browser: on the
 * phone the first article starts within the first screen and a half, the filters wait behind a
 * disclosure whose summary says which are active, and the overview fits the width; on the laptop the
 * filter panel's "Apply filters" button shows without scrolling the panel, no label in the panel is
 * cut, and no control the keyboard reaches is hidden under the button's bar. Each measure is logged.
 */
class SmallScreensBrowserIT extends BrowserTest {

    private static final Logger log = LoggerFactory.getLogger(SmallScreensBrowserIT.class);

    /** The first screen and a half of a 390 x 844 phone, rounded down. */
    private static final double FIRST_ARTICLE_BY = 1200;

    /** WCAG 2.5.8, target size (minimum): 24 x 24 CSS pixels. */
    private static final double TARGET = 24;

    /** Two of the seed's articles: War in Ukraine, from September 2023 to 2024. */
    static final String FILTERED = "/?topic=war-in-ukraine&from=2023-09-01&to=2024-12-31";

    @AfterEach
    void backToTheWindowsViewport() {
        browser.defaultViewport();
    }

    // --- A phone -------------------------------------------------------------------------------

    @Test
    void onAPhoneTheFirstArticleStartsWithinTheFirstScreenAndAHalf() {
        browser.useViewport(PHONE);
        for (String path : List.of("/", FILTERED, "/?q=shoigu")) {
            open(path);
            double top = pageTop(driver.findElement(By.cssSelector("article.entry")));
            log.info("{} at {}x{}: the first article's top is at {} px", path, PHONE.width(), PHONE.height(), top);
            assertThat(top)
                    .as("the first article's top on %s at %d px wide", path, PHONE.width())
                    .isLessThanOrEqualTo(FIRST_ARTICLE_BY);
            assertThat(pageWidth()).as("no sideways scrolling of %s", path).isEqualTo(PHONE.width());
        }
    }

    @Test
    void onAPhoneTheSearchBoxAndALineSayingWhichFiltersAreActiveComeFirstTheRestBehindADisclosure() {
        browser.useViewport(PHONE);
        open(FILTERED);

        WebElement search = driver.findElement(By.id("q"));
        WebElement more = driver.findElement(By.cssSelector("form.filters details.filters-more"));
        WebElement summary = more.findElement(By.tagName("summary"));
        assertThat(browser.inViewport(search))
                .as("the search box on the first screen")
                .isTrue();
        assertThat(browser.inViewport(summary))
                .as("the filters' summary on the first screen")
                .isTrue();
        assertThat(Browser.normalize(summary.getText()))
                .isEqualTo("More filters: War in Ukraine · 1 Sep 2023 to 31 Dec 2024");
        assertThat(more.getDomProperty("open")).as("closed on arrival").isEqualTo("false");
        assertThat(shown(driver.findElement(By.id("topic-war-in-ukraine"))))
                .as("the topics wait behind the disclosure")
                .isFalse();
        assertThat(browser.resultCount()).startsWith("2 of 5 articles match your filters");
        screenshots.screen("timeline-phone-filtered.png");

        open("/?axis=published&order=desc&entity=sergei-shoigu&from=2024-01-01");
        assertThat(Browser.normalize(summaryOfTheFilters().getText()))
                .isEqualTo("More filters: Sergei Shoigu · from 1 Jan 2024 · by publication date · newest first");

        open("/?q=shoigu");
        assertThat(Browser.normalize(summaryOfTheFilters().getText()))
                .as("the search is in its box, and nothing else is chosen")
                .isEqualTo("More filters: dates, order, topics, people and places");
    }

    @Test
    void onAPhoneEveryFilterIsReachableOnceTheDisclosureIsOpenAndATickedTopicTakesEffect() {
        browser.useViewport(PHONE);
        open("/");
        WebElement form = driver.findElement(By.cssSelector("form.filters"));
        List<WebElement> controls = form.findElements(By.cssSelector("input, select, button, a[href]"));
        assertThat(controls).hasSizeGreaterThan(20);
        assertThat(duplicates(form)).as("each control once in the form").isEmpty();

        WebElement summary = summaryOfTheFilters();
        browser.scrollToReach(summary);
        summary.click();
        browser.await()
                .until(d -> "true".equals(summary.findElement(By.xpath("..")).getDomProperty("open")));

        List<String> unreachable = new ArrayList<>();
        for (WebElement control : controls) {
            // A checkbox on a phone is drawn as its label, a chip; the label is what a finger touches.
            String id = control.getDomAttribute("id");
            List<WebElement> labels = id == null || !"checkbox".equals(control.getDomAttribute("type"))
                    ? List.of()
                    : form.findElements(By.cssSelector("label[for='" + id + "']"));
            WebElement target = labels.isEmpty() ? control : labels.get(0);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
            if (!shown(control) || !browser.reachable(target)) {
                unreachable.add(browser.describe(control) + ": " + browser.position(target));
            }
        }
        assertThat(unreachable).as("controls a reader cannot reach").isEmpty();

        browser.tick("topic-space");
        browser.applyFilters();

        assertThat(browser.query().get("topic")).containsExactly("space");
        assertThat(browser.headlines()).hasSize(2);
        assertThat(browser.resultCount()).startsWith("2 of 5 articles match your filters");
        assertThat(Browser.normalize(summaryOfTheFilters().getText())).isEqualTo("More filters: Space");
        assertThat(driver.findElement(By.cssSelector("details.filters-more")).getDomProperty("open"))
                .as("closed again on the filtered page, whose first article comes first")
                .isEqualTo("false");
    }

    @Test
    void onAPhoneTheOverviewFitsTheWidthWithLegibleLabelsAndMarksLargeEnoughToTap() {
        browser.useViewport(PHONE);
        for (String path : List.of("/", FILTERED)) {
            open(path);
            Map<?, ?> chart = measureOverview();
            log.info("{} at {} px: the overview {}", path, PHONE.width(), chart);

            assertThat(pageWidth()).as("no sideways scrolling of the page").isEqualTo(PHONE.width());
            assertThat(number(chart, "chartLeft")).as("the chart's left edge").isGreaterThanOrEqualTo(0);
            assertThat(number(chart, "chartRight"))
                    .as("the chart's right edge, in a viewport %d px wide", PHONE.width())
                    .isLessThanOrEqualTo(PHONE.width());
            assertThat(number(chart, "scrolls"))
                    .as("how far the chart scrolls sideways")
                    .isZero();
            assertThat(number(chart, "marks")).as("marks drawn").isGreaterThan(0);
            assertThat(number(chart, "articles"))
                    .as("articles the marks' names count")
                    .isEqualTo(5);
            assertThat(number(chart, "smallestLabel"))
                    .as("the height of the smallest axis label, px")
                    .isGreaterThanOrEqualTo(10);
            assertThat(number(chart, "smallestDot"))
                    .as("the smallest dot's width, px")
                    .isGreaterThanOrEqualTo(5);
            assertThat(number(chart, "narrowestTarget"))
                    .as("the narrowest mark's link, px")
                    .isGreaterThanOrEqualTo(TARGET);
            assertThat(number(chart, "lowestTarget"))
                    .as("the lowest mark's link, px")
                    .isGreaterThanOrEqualTo(TARGET);
            assertThat(number(chart, "bands"))
                    .as("the reader's date range drawn as a band")
                    .isEqualTo(path.contains("from=") ? 1 : 0);
        }
        // The second screen of the filtered timeline: the overview, then the first article.
        driver.executeScript("document.querySelector('figure.overview').scrollIntoView({block: 'start'})");
        screenshots.screen("timeline-phone-overview.png");
    }

    // --- A laptop ------------------------------------------------------------------------------

    @Test
    void onALaptopApplyFiltersShowsWithoutScrollingTheFilterPanel() {
        browser.useViewport(LAPTOP);
        for (String path : List.of("/", FILTERED)) {
            open(path);
            WebElement panel = driver.findElement(By.cssSelector("form.filters"));
            WebElement apply = driver.findElement(By.xpath("//button[normalize-space()='Apply filters']"));
            Map<?, ?> where = boxes(panel, apply);
            log.info("{} at {}x{}: the panel and its Apply button {}", path, LAPTOP.width(), LAPTOP.height(), where);

            assertThat(number(where, "panelScrollTop"))
                    .as("the panel is not scrolled")
                    .isZero();
            assertThat(number(where, "scrollY")).as("the page is not scrolled").isZero();
            assertThat(number(where, "bottom"))
                    .as("the Apply button's bottom, in a viewport %d px high", LAPTOP.height())
                    .isLessThanOrEqualTo(LAPTOP.height());
            assertThat(number(where, "bottom"))
                    .as("the Apply button's bottom, inside the panel's visible part")
                    .isLessThanOrEqualTo(number(where, "panelBottom"));
            assertThat(number(where, "top")).isGreaterThanOrEqualTo(number(where, "panelTop"));
            assertThat(browser.reachable(apply)).as("nothing drawn over it").isTrue();
        }
        screenshots.screen("filters-laptop.png");
    }

    /**
     * Nothing in the panel is cut off by an edge of the panel or of a box inside it: each label, legend,
     * heading and link is inside every box between it and the page that clips what overflows it (a
     * scrolling panel clips what lies below its visible part), and no text is wider than its own box.
     * The page's own scrolling cuts nothing: a reader reaches all of it by scrolling the page.
     */
    @Test
    void onALaptopNoLabelInTheFilterPanelIsCut() {
        browser.useViewport(LAPTOP);
        for (String path : List.of("/", FILTERED)) {
            open(path);
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) driver.executeScript("""
                    const panel = document.querySelector('form.filters');
                    const cut = [];
                    const texts = panel.querySelectorAll(
                        'label, label > span:not(.visually-hidden), legend, summary, h2, p, button, a, .count');
                    for (const e of texts) {
                        if (!e.checkVisibility() || e.closest('.visually-hidden')) continue;
                        const r = e.getBoundingClientRect();
                        const what = `<${e.tagName.toLowerCase()}> "${e.textContent.trim().replace(/\s+/g, ' ')}"`;
                        for (let a = e.parentElement; a !== null && a !== panel.parentElement; a = a.parentElement) {
                            const s = getComputedStyle(a);
                            if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
                            const b = a.getBoundingClientRect();
                            const left = b.left + a.clientLeft, top = b.top + a.clientTop;
                            const right = left + a.clientWidth, bottom = top + a.clientHeight;
                            if (r.left < left - 0.5 || r.right > right + 0.5 || r.top < top - 0.5
                                    || r.bottom > bottom + 0.5) {
                                cut.push(`${what} at ${r.left},${r.top}-${r.right},${r.bottom} is cut by`
                                    + ` <${a.tagName.toLowerCase()} class=${a.className}>, which shows`
                                    + ` ${left},${top}-${right},${bottom}`);
                                break;
                            }
                        }
                        if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') {
                            cut.push(`${what}: ${e.scrollWidth} px of text in ${e.clientWidth}`);
                        }
                    }
                    if (panel.scrollWidth > panel.clientWidth) {
                        cut.push(`the panel is wider inside than out: ${panel.scrollWidth} in ${panel.clientWidth}`);
                    }
                    return cut;
                    """);
            log.info(
                    "{} at {}x{}: {} texts cut in the filter panel", path, LAPTOP.width(), LAPTOP.height(), cut.size());
            assertThat(cut)
                    .as("text cut off in the filter panel of %s at %dx%d", path, LAPTOP.width(), LAPTOP.height())
                    .isEmpty();
        }
    }

    @Test
    void onALaptopTheKeyboardsFocusIsNeverHiddenUnderTheApplyButtonsBar() {
        browser.useViewport(LAPTOP);
        open("/");
        driver.findElement(By.id("q")).click();
        List<String> hidden = new ArrayList<>();
        for (int presses = 0; presses < 80; presses++) {
            browser.press(Keys.TAB);
            WebElement focused = browser.focused();
            if (!inside(focused, "form.filters")) {
                break;
            }
            String id = focused.getDomAttribute("id");
            List<WebElement> labels = id == null || !"checkbox".equals(focused.getDomAttribute("type"))
                    ? List.of()
                    : driver.findElements(By.cssSelector("label[for='" + id + "']"));
            WebElement drawn = labels.isEmpty() ? focused : labels.get(0);
            if (!browser.inViewport(drawn)) {
                hidden.add(browser.describe(focused) + ": " + browser.position(drawn));
            }
        }
        assertThat(hidden).as("focused controls hidden under something").isEmpty();
    }

    // --- Measures ------------------------------------------------------------------------------

    private WebElement summaryOfTheFilters() {
        return driver.findElement(By.cssSelector("form.filters details.filters-more > summary"));
    }

    /** The element's top from the top of the page, in CSS pixels. */
    private double pageTop(WebElement element) {
        return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top + scrollY", element))
                .doubleValue();
    }

    private long pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    /** Whether the element is rendered: not under display: none nor inside a closed disclosure. */
    private boolean shown(WebElement element) {
        return Boolean.TRUE.equals(driver.executeScript(
                "return arguments[0].checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})",
                element));
    }

    private boolean inside(WebElement element, String selector) {
        return Boolean.TRUE.equals(
                driver.executeScript("return arguments[0].closest(arguments[1]) !== null", element, selector));
    }

    /** Controls of the form that share an id, or a name and value. */
    @SuppressWarnings("unchecked")
    private List<String> duplicates(WebElement form) {
        return (List<String>) driver.executeScript("""
                const seen = new Set(), twice = [];
                for (const c of arguments[0].querySelectorAll('input, select, button')) {
                    for (const key of [c.id && '#' + c.id, c.name && c.name + '=' + c.value]) {
                        if (!key) continue;
                        if (seen.has(key) && !(c.type === 'radio' && key.startsWith(c.name + '='))) twice.push(key);
                        seen.add(key);
                    }
                }
                return twice;
                """, form);
    }

    private Map<?, ?> boxes(WebElement panel, WebElement button) {
        return (Map<?, ?>) driver.executeScript("""
                const p = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();
                return {top: b.top, bottom: b.bottom, panelTop: p.top, panelBottom: p.bottom,
                        panelHeight: p.height, panelScrollHeight: arguments[0].scrollHeight,
                        panelScrollTop: arguments[0].scrollTop, scrollY: scrollY,
                        bottomInPanelContent: b.bottom - p.top + arguments[0].scrollTop};
                """, panel, button);
    }

    /**
     * The overview chart that is drawn: its box, how far it scrolls, its marks, the articles their names
     * count, and the smallest label, dot and link as drawn.
     */
    private Map<?, ?> measureOverview() {
        return (Map<?, ?>) driver.executeScript("""
                const shown = e => e.checkVisibility();
                const svg = [...document.querySelectorAll('figure.overview svg[role=group]')].find(shown);
                const box = svg.getBoundingClientRect();
                const scroller = svg.parentElement;
                const marks = [...svg.querySelectorAll('a.overview-mark')];
                const articles = marks.map(m => m.querySelector('title').textContent)
                    .map(name => parseInt(name.split(': ')[1], 10)).reduce((a, b) => a + b, 0);
                const min = list => list.length ? Math.min(...list) : 0;
                const hits = marks.map(m => m.querySelector('.overview-hit').getBoundingClientRect());
                return {
                    chartLeft: box.left, chartRight: box.right, chartWidth: box.width,
                    scrolls: scroller.scrollWidth - scroller.clientWidth,
                    marks: marks.length, articles: articles,
                    bands: [...svg.querySelectorAll('rect.overview-band')]
                        .map(b => b.getBoundingClientRect())
                        .filter(r => r.width > 0 && r.left >= box.left && r.right <= box.right).length,
                    smallestLabel: min([...svg.querySelectorAll('.overview-label')]
                        .map(t => t.getBoundingClientRect().height)),
                    smallestDot: min([...svg.querySelectorAll('circle.overview-dot')]
                        .map(c => c.getBoundingClientRect().width)),
                    narrowestTarget: min(hits.map(r => r.width)),
                    lowestTarget: min(hits.map(r => r.height))
                };
                """);
    }

    private static double number(Map<?, ?> measures, String key) {
        return ((Number) measures.get(key)).doubleValue();
    }
}
