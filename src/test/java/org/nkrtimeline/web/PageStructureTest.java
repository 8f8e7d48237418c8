package org.nkrtimeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;

/** Every kind of page: semantic, self-contained HTML with one stylesheet and nothing inline. */
class PageStructureTest extends WebTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?axis=published",
                "/?topic=space&from=2023-01-01",
                "/topics",
                "/entities",
                "/help",
                "/articles/" + SeedArticles.C,
                "/articles/" + SeedArticles.D,
                "/articles/missing",
                "/?from=nonsense"
            })
    void pagesHaveOneStylesheetAndNoInlineScriptsOrStyles(String url) {
        Document page = get(url).document();

        assertThat(page.select("link[rel=stylesheet]"))
                .singleElement()
                .satisfies(link -> assertThat(link.attr("href")).matches("/css/site-[0-9a-f]{32}\\.css"));
        // The only scripts: JSON-LD data blocks (never run) and this site's own files, content-hashed
        // and deferred. Nothing inline is executable.
        assertThat(page.select("script")).allSatisfy(script -> {
            if (script.hasAttr("src")) {
                assertThat(script.attr("src")).matches("/js/[a-z-]+-[0-9a-f]{32}\\.js");
                assertThat(script.hasAttr("defer")).isTrue();
                assertThat(script.data()).isEmpty();
            } else {
                assertThat(script.attr("type")).isEqualTo("application/ld+json");
            }
        });
        assertThat(page.select("script[type=application/ld+json]"))
                .allSatisfy(data -> assertThat(data.hasAttr("src")).isFalse());
        assertThat(page.select("style")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.getAllElements())
                .noneMatch(element -> element.attributes().asList().stream()
                        .anyMatch(attribute -> attribute.getKey().startsWith("on")));
        // A canonical link names the page's own public address; browsers load nothing from it.
        assertThat(page.select("[src^=http], link[href^=http]:not([rel=canonical])"))
                .as("nothing loaded from other hosts")
                .isEmpty();
        assertThat(page.select("[src^=//], link[href^=//]"))
                .as("nothing loaded from other hosts")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/" + SeedArticles.C, "/articles/missing", "/help"})
    void pagesNameTheSitesIconSoBrowsersAskForNoOther(String url) {
        String icon = get(url).document().select("head > link[rel=icon]").attr("href");

        assertThat(icon).matches("/css/icon-[0-9a-f]{32}\\.svg");
        Page served = get(icon, "Accept", "image/svg+xml");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("image/svg+xml");
        assertThat(served.html()).contains("<svg");
    }

    @Test
    void theTimelineDescribesItselfInItsHead() {
        Document page = get("/").document();

        assertThat(page.select("head > meta[name=description]"))
                .singleElement()
                .satisfies(meta -> assertThat(meta.attr("content")).contains("North Korea–Russia relations"));
        assertThat(page.select("head th\\:block, body meta")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?axis=published", "/topics", "/articles/" + SeedArticles.D, "/articles/missing"})
    void pagesHaveLandmarksAndHeadingsInOrder(String url) {
        Document page = get(url).document();

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("body > header.site-header, body > main#main, body > footer.site-footer"))
                .hasSize(3);
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("h1")).hasSize(1);
        int previous = 1;
        for (Element heading : page.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertThat(level)
                    .as("heading “%s” after an h%d", heading.text(), previous)
                    .isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?axis=published", "/articles/" + SeedArticles.C})
    void everyDateIsMachineReadable(String url) {
        Document page = get(url).document();

        assertThat(page.select("time"))
                .isNotEmpty()
                .allSatisfy(time -> assertThat(time.attr("datetime")).matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
    }
}
