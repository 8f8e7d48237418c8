package org.nkrtimeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.RawHttp;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;

class ErrorPagesTest extends WebTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every error page is the site's own: styled, with a heading, and free of internals. */
    private static void assertStyledErrorPage(Page page, int status) {
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        Document document = page.document();
        assertThat(document.select("link[rel=stylesheet]")).isNotEmpty();
        assertThat(document.select(".site-header")).isNotEmpty();
        assertThat(document.select(".error-status").text()).isEqualTo("Error " + status);
        assertThat(document.select("main h1").text()).isNotBlank();
        assertThat(page.html())
                .doesNotContain("Whitelabel")
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("java.")
                .doesNotContain("SQL");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/?from=2023-13-45                  | “2023-13-45” in “from” is not a day in the calendar.",
                "/?from=2024-01-01&to=2023-01-01    | The start date (2024-01-01) is after the end date (2023-01-01).",
                "/?axis=sideways                    | “sideways” is not a date axis.",
                "/?order=sideways                   | “sideways” is not a sort order.",
                "/?to=yesterday                     | “yesterday” in “to” is not a date in the form YYYY-MM-DD.",
                "/articles/x?from=2023-02-30        | “2023-02-30” in “from” is not a day in the calendar."
            })
    void badFiltersGetABadRequestPageThatSaysWhatWasWrongAndHowToFixIt(String url, String problem) {
        Page page = get(url);

        assertStyledErrorPage(page, 400);
        assertThat(page.document().select("main h1").text()).isEqualTo("This timeline address has a problem");
        assertThat(page.document().select(".error-detail").text()).isEqualTo(problem);
        assertThat(page.document().select(".error-hint").text()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"from", "to", "axis", "order", "topic", "q", "entity", "anything"})
    void aFiveThousandCharacterParameterIsRefusedWithoutEchoingIt(String param) {
        String huge = "9".repeat(5000);
        Page page = get("/?" + param + "=" + huge);

        assertStyledErrorPage(page, 400);
        assertThat(page.html()).doesNotContain(huge);
    }

    @ParameterizedTest
    @ValueSource(strings = {"from", "to", "axis", "order"})
    void scriptInAFilterParameterIsShownEscapedOnTheErrorPage(String param) {
        Page page = get("/?" + param + "=" + encoded(SCRIPT));

        assertStyledErrorPage(page, 400);
        assertThat(page.html()).doesNotContain(SCRIPT).contains("&lt;script&gt;");
        assertThat(page.document().select("script")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/?topic=%00",
                "/articles/" + org.nkrtimeline.support.SeedArticles.D + "?topic=%00",
                "/?from=2023-01-01%00",
                "/?q=kim%00",
                "/?entity=%00",
                "/articles/" + org.nkrtimeline.support.SeedArticles.D + "?q=%00"
            })
    void aNulByteInAFilterIsABadRequestNotADatabaseError(String url) {
        Page page = get(url);

        assertStyledErrorPage(page, 400);
        assertThat(page.document().select(".error-detail").text()).contains("contains control characters");
    }

    @Test
    void scriptAsATopicIsNamedEscapedInTheUnknownTopicNotice() {
        Page page = get("/?view=articles&topic=" + encoded(SCRIPT));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain(SCRIPT);
        assertThat(page.document().select(".notice q").text()).isEqualTo(SCRIPT);
        assertThat(page.document().select("script")).isEmpty();
        assertThat(page.document().select(".entry")).hasSize(5);
    }

    @Test
    void scriptInAnUnknownParameterIsIgnoredAndNotReflected() {
        Page page = get("/?utm_source=" + encoded(SCRIPT));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain(SCRIPT).doesNotContain("alert(1)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/?q=",
                "/?order=relevance&q=",
                "/?entity=",
                "/articles/" + org.nkrtimeline.support.SeedArticles.E + "?q=",
                "/entities/sergei-shoigu?q="
            })
    void scriptInASearchOrEntityIsNeverReflectedAsMarkup(String prefix) {
        Page page = get(prefix + encoded(SCRIPT));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain(SCRIPT);
        // Article pages carry their own JSON-LD data block and shortcut script, nothing else.
        assertThat(page.document().select("script:not([type=application/ld+json]):not([src^=/js/])"))
                .isEmpty();
        assertThat(page.document().select("script[type=application/ld+json]"))
                .allSatisfy(data -> assertThat(data.data()).doesNotContain("alert"));
    }

    /**
     * An encoded slash ("</script>" has one) could make a path mean one thing to the security rules
     * and another to the pages, so Spring Security's firewall refuses such addresses outright.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/entities/", "/articles/", "/editor/articles/"})
    void anAddressWithAnEncodedSlashIsABadAddressAndIsNotReflected(String prefix) {
        Page page = get(prefix + encoded(SCRIPT));

        assertStyledErrorPage(page, 400);
        assertThat(page.document().select("main h1").text()).isEqualTo("This address has a problem");
        assertThat(page.html()).doesNotContain(SCRIPT).doesNotContain("alert(1)");
    }

    /**
     * Tomcat leaves what follows a ";" in a path segment undecoded; Spring's path parser used to throw
     * on it, a server error. java.net.URI refuses these addresses, so they go out as raw bytes.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {"/topics;%zz", "/articles/" + SeedArticles.D + ";%u0041", "/entities/sergei-shoigu;a=%2", "/;%"})
    void anAddressWithUndecodablePathParametersIsABadAddressNotAServerError(String address) {
        Page page = new RawHttp(port).get(address);

        assertStyledErrorPage(page, 400);
        assertThat(page.document().select("main h1").text()).isEqualTo("This address has a problem");
    }

    @Test
    void anUnknownArticleGetsANotFoundPage() {
        Page page = get("/articles/no-such-article");

        assertStyledErrorPage(page, 404);
        assertThat(page.document().select("main h1").text()).isEqualTo("Article not found");
        assertThat(page.document().select(".error-detail").text())
                .isEqualTo("No article has the address “no-such-article”.");
    }

    @Test
    void scriptInAnArticleAddressIsShownEscaped() {
        Page page = get("/articles/" + encoded("<script>alert(1)"));

        assertStyledErrorPage(page, 404);
        assertThat(page.html()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void anAddressTomcatRefusesStillGetsTheSitesStyledPage() {
        Page page = get("/a%00b");

        assertStyledErrorPage(page, 400);
        assertThat(page.document().select("main h1").text()).isEqualTo("This address has a problem");
        assertThat(page.document().select("link[rel=stylesheet]").attr("href")).matches("/css/site-[0-9a-f]{32}\\.css");
    }

    @Test
    void anUnknownPathGetsTheSitesNotFoundPage() {
        Page page = get("/no/such/page");

        assertStyledErrorPage(page, 404);
        assertThat(page.document().select("main h1").text()).isEqualTo("Page not found");
    }

    @Test
    void openingTheErrorPathDirectlyIsNotFoundRatherThanAServerError() {
        Page page = get("/error");

        assertStyledErrorPage(page, 404);
        assertThat(page.document().select("main h1").text()).isEqualTo("Page not found");
    }

    @Test
    void postingToAPageWithoutAFormOfThisSiteIsRefused() {
        Page page = post("/");

        assertStyledErrorPage(page, 403);
        assertThat(page.document().select("main h1").text()).isEqualTo("Not allowed");
    }
}
