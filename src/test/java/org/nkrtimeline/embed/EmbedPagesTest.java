package org.nkrtimeline.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;

/**
 * The embeds over real HTTP: framable from anywhere, and only they; no site chrome, no cookie; every
 * timeline parameter kept, links out of the frame; the panel that gives their code; bad input refused.
 */
class EmbedPagesTest extends WebTest {

    private static final String SEPTEMBER = "kim-jong-un-visits-russia-2023";

    @ParameterizedTest
    @ValueSource(strings = {"/embed", "/embed?topic=space&order=desc", "/embed?q=shoigu", "/embed/events/" + SEPTEMBER})
    void anEmbedMayBeFramedByAnySiteAndSetsNoCookie(String address) {
        Page embed = get(address);

        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *; "
                        + "form-action 'self'");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(embed.headers().firstValue("Cross-Origin-Resource-Policy")).contains("cross-origin");
        assertThat(embed.headers().firstValue("Set-Cookie")).isEmpty();
        Document page = embed.document();
        assertThat(page.select(".site-header, .site-footer, .skip-link, form")).isEmpty();
        assertThat(page.select("head base").attr("target")).isEqualTo("_blank");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?topic=space",
                "/events/" + SEPTEMBER,
                "/entities/sergei-shoigu",
                "/articles/" + SeedArticles.C
            })
    void everyOtherPageStillRefusesToBeFramed(String address) {
        Page page = get(address);

        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void anEmbeddedTimelineKeepsTheViewsFiltersInItsLinksAndOpensTheFullPageOutOfTheFrame() {
        Document embed = getOk("/embed?topic=summit-diplomacy&view=articles&order=desc");
        String fullCount = getOk("/?topic=summit-diplomacy&view=articles&order=desc")
                .select(".result-count")
                .text()
                .replaceAll("^(\\d+) of \\d+ .*$", "$1");

        assertThat(embed.select("h1").text()).isEqualTo("North Korea–Russia relations: a filtered timeline");
        assertThat(fullCount).isEqualTo("3");
        assertThat(embed.select(".embed-count").text()).isEqualTo(fullCount + " articles match this view");
        assertThat(embed.select("article.entry h4 a").eachAttr("href"))
                .isNotEmpty()
                .allMatch(href -> href.startsWith("/articles/")
                        && href.endsWith("?order=desc&topic=summit-diplomacy&view=articles"));
        assertThat(embed.select(".embed-open a").attr("href"))
                .isEqualTo("/?order=desc&topic=summit-diplomacy&view=articles");
        assertThat(embed.select("a[target]").eachAttr("target")).allMatch("_self"::equals);
    }

    @Test
    void anEmbeddedTimelinesPagesStayInTheFrame() {
        Document paged = getOk("/embed?view=articles&after=1");

        assertThat(paged.select(".pager a"))
                .as("a page after the first has a previous one")
                .isNotEmpty();
        assertThat(paged.select(".pager a").eachAttr("target")).allMatch("_self"::equals);
        assertThat(paged.select(".pager a").eachAttr("href")).allMatch(href -> href.startsWith("/embed?"));
    }

    @Test
    void anEmbeddedEventShowsItsCoverageAndReportsAndAMergedOneMovesOn() {
        Document event = getOk("/embed/events/" + SEPTEMBER);

        assertThat(event.select("h1").text()).isEqualTo("Kim Jong Un visits Russia and meets Putin at Vostochny");
        assertThat(event.select(".coverage-strip svg")).hasSize(1);
        assertThat(event.select(".coverage-lags a").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        "/articles/" + SeedArticles.A, "/articles/" + SeedArticles.B, "/articles/" + SeedArticles.E);
        assertThat(event.select(".embed-open a").attr("href")).isEqualTo("/events/" + SEPTEMBER);
        assertThat(get("/embed/events/no-such-event").status()).isEqualTo(404);
    }

    @Test
    void theTimelineEventAndEntityPagesOfferTheirEmbedsCodeAndOEmbedDiscovery() {
        Document timeline = getOk("/?q=putin");
        Document event = getOk("/events/" + SEPTEMBER);
        Document entity = getOk("/entities/sergei-shoigu");

        assertThat(timeline.select(".embed-panel textarea").text())
                .startsWith("<iframe src=\"http://localhost:8080/embed?q=putin\" title=\"North Korea–Russia "
                        + "relations: search for “putin”\" width=\"100%\" height=\"640\"");
        assertThat(event.select(".embed-panel textarea").text())
                .contains("src=\"http://localhost:8080/embed/events/" + SEPTEMBER + "\"");
        assertThat(entity.select(".embed-panel textarea").text())
                .contains("src=\"http://localhost:8080/embed?entity=sergei-shoigu&amp;view=articles\"");
        assertThat(event.select("link[type=application/json+oembed]").attr("href"))
                .isEqualTo("/oembed?url=http%3A%2F%2Flocalhost%3A8080%2Fevents%2F" + SEPTEMBER + "&format=json");
        assertThat(timeline.select("link[type=application/json+oembed]")).hasSize(1);
        assertThat(entity.select("link[type=application/json+oembed]")).hasSize(1);
    }

    @Test
    void aHostileSearchInAnEmbedIsEscapedEverywhere() {
        Page embed = get("/embed?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        Page page = get("/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");

        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.html()).doesNotContain("<script>alert(1)");
        assertThat(page.html()).doesNotContain("<script>alert(1)").doesNotContain("\"><script");
        assertThat(page.document().select(".embed-panel textarea").text())
                .contains("title=\"North Korea–Russia relations: search for “&quot;&gt;&lt;script&gt;alert(1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/embed?from=2024-02-30", "/embed?order=sideways", "/embed?after=abc", "/embed?q=a%00b"})
    void badParametersAreTheTimelinesOwn400(String address) {
        assertThat(get(address).status()).isEqualTo(400);
    }

    @Test
    void anEmbedIsReadOnly() {
        assertThat(post("/embed").status()).isEqualTo(405);
        assertThat(post("/oembed").status()).isEqualTo(405);
    }
}
