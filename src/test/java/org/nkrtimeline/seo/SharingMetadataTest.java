package org.nkrtimeline.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What a chat app's link preview and a search engine read in a page's head: the description, the
 * canonical URL at the configured public address, Open Graph and Twitter tags, and the article's
 * schema.org NewsArticle, honest about unknown dates and safe whatever its text.
 */
@TestPropertySource(properties = "timeline.site-url=" + SharingMetadataTest.SITE)
class SharingMetadataTest extends WebTest {

    static final String SITE = "https://timeline.example.org";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    private static String meta(Document page, String property) {
        Element tag = page.selectFirst("head meta[property=" + property + "], head meta[name=" + property + "]");
        return tag == null ? null : tag.attr("content");
    }

    private static JsonNode linkedData(Document page) throws IOException {
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        return JSON.readTree(
                page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void anEventIsASchemaOrgEventWithItsReportsAsItsSubjects() throws IOException {
        Document page = getOk("/events/kim-jong-un-visits-russia-2023");
        JsonNode event = linkedData(page);

        assertThat(event.get("@type").asText()).isEqualTo("Event");
        assertThat(event.get("name").asText())
                .isEqualTo(page.selectFirst("main h1").text());
        assertThat(event.get("url").asText()).isEqualTo(SITE + "/events/kim-jong-un-visits-russia-2023");
        assertThat(event.get("startDate").asText()).isEqualTo("2023-09-12");
        assertThat(event.get("endDate").asText()).isEqualTo("2023-09-19");
        assertThat(event.get("subjectOf")).hasSize(3);
        assertThat(event.get("subjectOf").findValuesAsText("url"))
                .containsExactlyInAnyOrder(
                        SITE + "/articles/" + SeedArticles.A,
                        SITE + "/articles/" + SeedArticles.B,
                        SITE + "/articles/" + SeedArticles.E);
        assertThat(event.get("location").findValuesAsText("name")).contains("Vladivostok");
        assertThat(event.get("attendee").findValuesAsText("name")).contains("Kim Jong Un", "Vladimir Putin");
    }

    @Test
    void anEstimatedEventDateIsLeftOutOfTheLinkedData() throws IOException {
        JsonNode event = linkedData(getOk("/events/shoigu-visits-pyongyang-2025"));

        assertThat(event.has("startDate")).isFalse();
        assertThat(event.get("subjectOf")).hasSize(1);
    }

    @Test
    void anArticleGivesALinkPreviewWhatItExpects() {
        Document page = getOk("/articles/" + SeedArticles.D);
        String url = SITE + "/articles/" + SeedArticles.D;
        String headline = "Kim Jong Un sends Putin condolences after Moscow concert hall attack";

        assertThat(page.title()).isEqualTo(headline + " · North Korea–Russia relations");
        assertThat(page.select("head link[rel=canonical]"))
                .singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo(url));
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo(headline);
        assertThat(meta(page, "og:url")).isEqualTo(url);
        assertThat(meta(page, "og:site_name")).isEqualTo("North Korea–Russia relations");
        assertThat(meta(page, "og:locale")).isEqualTo("en_GB");
        assertThat(meta(page, "og:image"))
                .as("no image unless a real one exists")
                .isNull();
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(meta(page, "twitter:title")).isEqualTo(headline);
        assertThat(meta(page, "article:published_time")).isEqualTo("2024-03-23");
        assertThat(meta(page, "article:modified_time")).isNull();
        assertThat(page.select("head meta[property=article:tag]"))
                .extracting(tag -> tag.attr("content"))
                .contains("War in Ukraine")
                .doesNotHaveDuplicates();
        assertThat(meta(page, "robots")).isNull();
    }

    @Test
    void theDescriptionIsTheLedeCutAtAWord() {
        Document page = getOk("/articles/" + SeedArticles.C);
        String lede = jdbc.sql("select lede from article where slug = ?")
                .param(SeedArticles.C)
                .query(String.class)
                .single();
        String description = meta(page, "description");

        assertThat(description).isNotBlank().hasSizeLessThanOrEqualTo(160);
        assertThat(meta(page, "og:description")).isEqualTo(description);
        assertThat(meta(page, "twitter:description")).isEqualTo(description);
        String words = description.endsWith("…") ? description.substring(0, description.length() - 1) : description;
        assertThat(lede.replaceAll("\\s+", " ")).startsWith(words);
    }

    @Test
    void theCanonicalUrlLeavesOutTheReadersFiltersAndSearch() {
        Document page = getOk("/articles/" + SeedArticles.D + "?q=condolences&topic=war-in-ukraine&axis=published");

        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(SITE + "/articles/" + SeedArticles.D);
        assertThat(meta(page, "og:url")).isEqualTo(SITE + "/articles/" + SeedArticles.D);
    }

    @Test
    void theNewsArticleJsonLdNamesTheArticleItsDatesTopicsEntitiesAndSources() throws IOException {
        JsonNode article = linkedData(getOk("/articles/" + SeedArticles.D));
        String url = SITE + "/articles/" + SeedArticles.D;

        assertThat(article.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(article.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asText())
                .isEqualTo("Kim Jong Un sends Putin condolences after Moscow concert hall attack");
        assertThat(article.get("url").asText()).isEqualTo(url);
        assertThat(article.get("mainEntityOfPage").get("@id").asText()).isEqualTo(url);
        assertThat(article.get("datePublished").asText()).isEqualTo("2024-03-23");
        assertThat(article.get("temporalCoverage").asText()).isEqualTo("2024-03-23");
        assertThat(article.has("dateModified")).isFalse();
        assertThat(article.get("inLanguage").asText()).isEqualTo("en");
        assertThat(article.get("wordCount").isInt()).isTrue();
        assertThat(texts(article.get("keywords"))).contains("War in Ukraine");
        assertThat(texts(article.get("articleSection"))).isEqualTo(texts(article.get("keywords")));
        assertThat(article.get("isPartOf").get("@type").asText()).isEqualTo("WebSite");
        assertThat(article.get("isPartOf").get("url").asText()).isEqualTo(SITE + "/");
        assertThat(texts(article.get("citation")))
                .contains(
                        "http://www2.straitstimes.com/asia/north-korea-leader-kim-jong-un-sends-message-of-sympathy-to-putin-over-massacre-kcna-says");

        List<JsonNode> about = list(article.get("about"));
        assertThat(about)
                .extracting(thing -> thing.get("name").asText())
                .contains("Kim Jong Un", "Vladimir Putin", "Moscow");
        List<JsonNode> things = new ArrayList<>(about);
        things.addAll(list(article.get("mentions")));
        assertThat(things).allSatisfy(thing -> {
            assertThat(thing.get("@type").asText()).isIn("Person", "Place", "Organization");
            assertThat(thing.get("url").asText()).startsWith(SITE + "/entities/");
        });
        JsonNode moscow = about.stream()
                .filter(thing -> thing.get("name").asText().equals("Moscow"))
                .findFirst()
                .orElseThrow();
        assertThat(moscow.get("@type").asText()).isEqualTo("Place");
        assertThat(get(pathOfSite(moscow.get("url").asText())).status())
                .as("the entity's page exists")
                .isEqualTo(200);
    }

    @Test
    void anUnknownPublicationDateIsNeverInventedNorAnEstimatedEventDateStatedAsFact() throws IOException {
        Document page = getOk("/articles/" + SeedArticles.C);
        JsonNode article = linkedData(page);

        assertThat(article.has("datePublished")).isFalse();
        assertThat(article.has("temporalCoverage"))
                .as("the event date is an estimate")
                .isFalse();
        assertThat(meta(page, "article:published_time")).isNull();
    }

    @Test
    void aCorrectedArticleSaysWhen() throws IOException {
        String slug = SeedArticles.B;
        try {
            jdbc.sql("update article set corrected_at = timestamptz '2026-11-22 10:15:30.5+00' where slug = ?")
                    .param(slug)
                    .update();
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(meta(getOk("/articles/" + slug), "article:modified_time"))
                            .isEqualTo("2026-11-22T10:15:30Z"));
            assertThat(linkedData(getOk("/articles/" + slug))
                            .get("dateModified")
                            .asText())
                    .isEqualTo("2026-11-22T10:15:30Z");
        } finally {
            jdbc.sql("update article set corrected_at = null where slug = ?")
                    .param(slug)
                    .update();
        }
    }

    @Test
    void aHeadlineCannotBreakOutOfTheJsonLdBlock() throws IOException {
        String slug = SeedArticles.E;
        String hostile = "</script><script>alert(1)</script> <!--<script> & \"Glory\" 'to' \u2028 Russia";
        String original = jdbc.sql("select headline from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
        try {
            jdbc.sql("update article set headline = ? where slug = ?")
                    .params(hostile, slug)
                    .update();
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(
                                    getOk("/articles/" + slug).selectFirst("h1").text())
                            .startsWith("</script><script>alert(1)</script>"));
            Page page = get("/articles/" + slug);
            Document document = Jsoup.parse(page.html());

            assertThat(page.html()).doesNotContain("<script>alert(1)");
            assertThat(document.select("script"))
                    .allSatisfy(script -> assertThat(
                                    script.attr("type").equals("application/ld+json") || script.hasAttr("src"))
                            .isTrue());
            assertThat(linkedData(document).get("headline").asText()).isEqualTo(hostile);
            assertThat(meta(document, "og:title")).isEqualTo(hostile);
            assertThat(document.select("main h1")).hasSize(1);
        } finally {
            jdbc.sql("update article set headline = ? where slug = ?")
                    .params(original, slug)
                    .update();
        }
    }

    @Test
    void aForgedHostHeaderDoesNotChangeTheCanonicalUrl() throws IOException {
        // An address no other test asks for, so this request renders the page and fills the cache.
        String path = "/articles/" + SeedArticles.A + "?axis=published&order=desc";
        String html = rawGet(path, "Host: evil.example", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: http");
        Document forged = Jsoup.parse(html);
        Document later = getOk(path);

        for (Document page : List.of(forged, later)) {
            assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo(SITE + "/articles/" + SeedArticles.A);
            assertThat(page.html()).doesNotContain("evil.example");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/topics", "/entities", "/entities/sergei-shoigu", "/help"})
    void everyPublicPageHasADescriptionACanonicalUrlAndAPreview(String path) {
        Document page = getOk(path);

        assertThat(meta(page, "description")).isNotBlank().hasSizeLessThanOrEqualTo(200);
        assertThat(page.select("head link[rel=canonical]"))
                .singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo(SITE + path));
        assertThat(meta(page, "og:type")).isEqualTo("website");
        assertThat(meta(page, "og:title")).isNotBlank();
        assertThat(meta(page, "og:url")).isEqualTo(SITE + path);
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(meta(page, "robots")).isNull();
    }

    @Test
    void aFilteredTimelineIsItsOwnCanonicalPageButASearchIsNotIndexed() {
        Document filtered = getOk("/?topic=space&axis=published");
        Document search = getOk("/?q=drones&topic=space");

        assertThat(filtered.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(SITE + "/?axis=published&topic=space");
        assertThat(meta(filtered, "robots")).isNull();
        assertThat(search.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/?q=drones&topic=space");
        assertThat(meta(search, "robots")).isEqualTo("noindex");
    }

    @Test
    void errorPagesAreNotIndexed() {
        assertThat(meta(get("/articles/missing").document(), "robots")).isEqualTo("noindex");
        assertThat(meta(get("/?from=nonsense").document(), "robots")).isEqualTo("noindex");
        assertThat(meta(get("/no-such-page").document(), "robots")).isEqualTo("noindex");
        Page refusedByTomcat = get("/a%00b");
        assertThat(refusedByTomcat.status()).isEqualTo(400);
        assertThat(meta(refusedByTomcat.document(), "robots")).isEqualTo("noindex");
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }

    private static String pathOfSite(String url) {
        assertThat(url).startsWith(SITE);
        return url.substring(SITE.length());
    }

    /** A GET with a Host header of our choosing, which java.net.http does not allow. */
    private String rawGet(String path, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.0\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Accept: text/html\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200");
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }
}
