package org.nkrtimeline.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;

/**
 * The promise on the help page, checked: a reader gets no cookie and no session on any kind of
 * public page, and no page makes the browser load anything from another site.
 */
class ReaderPrivacyTest extends WebTest {

    /** Elements that make a browser fetch their src; every link element is checked besides. */
    private static final List<String> LOADED_BY_SRC = List.of(
            "script[src]", "img", "iframe", "frame", "embed", "video", "audio", "source", "track", "input[type=image]");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?topic=space&axis=published",
                "/?q=drones",
                "/?after=2",
                "/articles/" + SeedArticles.B,
                "/articles/" + SeedArticles.C + "?q=shoigu",
                "/topics",
                "/entities",
                "/entities/sergei-shoigu",
                "/help",
                "/sitemap.xml",
                "/sitemaps/pages.xml",
                "/sitemaps/articles-1.xml",
                "/robots.txt",
                "/articles/missing",
                "/?from=nonsense",
                "/no-such-page"
            })
    void noPublicPageSetsACookieOrStartsASession(String path) {
        Page page = get(path);

        assertThat(page.status()).as(path).isIn(200, 400, 404);
        assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        assertThat(page.html()).as(path).doesNotContainIgnoringCase("jsessionid");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?q=drones",
                "/articles/" + SeedArticles.B,
                "/topics",
                "/entities",
                "/entities/sergei-shoigu",
                "/help",
                "/articles/missing"
            })
    void noPageLoadsAnythingFromAnotherSite(String path) {
        Document page = get(path).document();

        for (String selector : LOADED_BY_SRC) {
            for (Element element : page.select(selector)) {
                assertThat(element.attr("src"))
                        .as("%s on %s", selector, path)
                        .startsWith("/")
                        .doesNotStartWith("//");
            }
        }
        for (Element link : page.select("link")) {
            if (!link.attr("rel").equals("canonical")) {
                assertThat(link.attr("href"))
                        .as("<link rel=%s> on %s", link.attr("rel"), path)
                        .startsWith("/")
                        .doesNotStartWith("//");
            }
        }
        assertThat(page.select("object[data]")).isEmpty();
        assertThat(get(path).headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .startsWith("default-src 'self'");
    }

    @Test
    void theStylesheetAndScriptLoadNothingFromElsewhere() {
        Document page = get("/articles/" + SeedArticles.B).document();
        String css = get(page.selectFirst("link[rel=stylesheet]").attr("href")).html();
        String script = get(page.selectFirst("script[src]").attr("src")).html();

        assertThat(css).contains("@media print").doesNotContain("http:", "https:", "@import");
        assertThat(script)
                .contains("localStorage")
                .doesNotContain(
                        "http:", "https:", "document.cookie", "fetch(", "XMLHttpRequest", "sendBeacon", "eval(");
    }
}
