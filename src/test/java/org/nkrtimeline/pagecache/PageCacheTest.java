package org.nkrtimeline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.editorial.importing.ArticleImporter;
import org.nkrtimeline.editorial.importing.Publish;
import org.nkrtimeline.editorial.importing.SourceFile;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.SeedArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Readers' pages come from the cache while the collection is unchanged, with validators browsers
 * can revalidate cheaply; every change reaches readers (at once when made through this instance,
 * within the check interval when made elsewhere); editors' pages are never cached or shared.
 */
class PageCacheTest extends EditorWebTest {

    @Autowired
    ArticleImporter importer;

    @Autowired
    PageCache cache;

    @Value("${timeline.page-cache.check-interval}")
    Duration checkInterval;

    private String slug;

    @BeforeEach
    void anImportedArticle() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/import/kursk-deminers.txt")) {
            slug = importer.importFile(new SourceFile("kursk-deminers.txt", in.readAllBytes()), Publish.NOW)
                    .slug();
        }
    }

    @Test
    void aReaderPageCarriesValidatorsAndComesBackTheSameFromTheCache() {
        Page first = get("/?topic=space");
        Page second = get("/?topic=space");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag")).get().asString().matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(first.headers().firstValue("Vary")).contains("Cookie");
        assertThat(second.html()).isEqualTo(first.html());
        assertThat(second.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.contentType()).isEqualTo(first.contentType()).startsWith("text/html");
        assertThat(cache.size()).isPositive();
    }

    @Test
    void aPageIsKeptFromTheSecondRequestForItsAddressNotTheFirst() {
        String address = "/topics?asked=" + System.nanoTime();
        cache.clear();

        Page first = get(address);
        assertThat(cache.size()).as("asked for once").isZero();
        Page second = get(address);
        assertThat(cache.size()).as("asked for again").isEqualTo(1);
        Page third = get(address);

        assertThat(first.status()).isEqualTo(200);
        assertThat(third.html()).isEqualTo(second.html()).isEqualTo(first.html());
        assertThat(third.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    }

    @Test
    void aCachedPageIsSentWithTheHeadersOfItsFirstRendering() {
        Page first = get("/topics");
        Page second = get("/topics");

        for (String header : List.of(
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Content-Type",
                "Content-Language",
                "Cache-Control",
                "Vary")) {
            assertThat(second.headers().allValues(header))
                    .as(header)
                    .isEqualTo(first.headers().allValues(header));
        }
        assertThat(first.headers().firstValue("X-Content-Type-Options"))
                .as("Spring Security's")
                .contains("nosniff");
        assertThat(second.headers().allValues("Cache-Control")).containsExactly("no-cache");
        assertThat(second.headers().firstValue("Pragma")).isEmpty();
        assertThat(second.headers().firstValue("Expires")).isEmpty();
        assertThat(second.headers().firstValue("Date")).isPresent();
    }

    @Test
    void aBrowserHoldingTheCurrentPageGetsAnEmpty304() {
        Page page = get("/articles/" + SeedArticles.C);
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();

        Page byEtag = get("/articles/" + SeedArticles.C, "If-None-Match", etag);
        Page byDate = get("/articles/" + SeedArticles.C, "If-Modified-Since", lastModified);
        Page stale = get("/articles/" + SeedArticles.C, "If-None-Match", "\"0123456789abcdef0123456789abcdef\"");

        assertThat(byEtag.status()).isEqualTo(304);
        assertThat(byEtag.html()).isEmpty();
        assertThat(byEtag.headers().firstValue("ETag")).contains(etag);
        assertThat(byDate.status()).isEqualTo(304);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.html()).isEqualTo(page.html());
    }

    @Test
    void anEditorsCorrectionReachesReadersAtOnce() {
        Page before = get("/articles/" + slug);
        String timelineBefore = get("/").html();
        EditorSession editor = newEditor("ana");
        String form = "/editor/articles/" + slug;

        editor.submit(editor.getOk(form), "form.editor-form", Map.of("metadata.headline", "Deminers for Kursk"));

        Page after = get("/articles/" + slug);
        assertThat(after.document().select("h1").text()).isEqualTo("Deminers for Kursk");
        assertThat(after.headers().firstValue("ETag"))
                .isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(get("/", "If-None-Match", before.headers().firstValue("ETag").orElseThrow())
                        .status())
                .isEqualTo(200);
        assertThat(get("/").html()).isNotEqualTo(timelineBefore).contains("Deminers for Kursk");
    }

    @Test
    void aChangeMadeOutsideThisInstanceReachesReadersWithinTheCheckInterval() {
        assertThat(getOk("/articles/" + slug).select("h1").text())
                .as("now cached")
                .isNotEqualTo("Changed by hand");

        jdbc.sql("update article set headline = 'Changed by hand' where slug = ?")
                .param(slug)
                .update();

        await().atMost(checkInterval.plusSeconds(1))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> getOk("/articles/" + slug).select("h1").text(), "Changed by hand"::equals);
    }

    @Test
    void editorsPagesAreNeitherCachedNorServedToReaders() {
        get("/articles/" + slug);
        EditorSession editor = newEditor("ana");

        Page editorsPage = editor.get("/articles/" + slug);

        assertThat(editorsPage.document().select("a[href='/editor/articles/" + slug + "']"))
                .as("Edit link")
                .hasSize(1);
        assertThat(editorsPage.headers().firstValue("ETag")).isEmpty();
        assertThat(editorsPage.headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .contains("no-store");
        editor.get("/");
        Page readersPage = get("/articles/" + slug);
        Page readersTimeline = get("/");
        assertThat(readersPage.document().select("a[href^='/editor']")).isEmpty();
        assertThat(readersTimeline.document().select("a[href^='/editor'], form[action='/editor/sign-out']"))
                .isEmpty();
    }

    @Test
    void staticAssetsKeepTheirOwnYearLongCaching() {
        String stylesheet = getOk("/").select("link[rel=stylesheet]").attr("href");

        Page css = get(stylesheet);

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=31536000");
        assertThat(String.join(",", css.headers().allValues("Vary")).split(","))
                .noneMatch(vary -> vary.trim().equalsIgnoreCase("cookie"));
    }

    @Test
    void errorPagesAndRedirectsAreNotCached() {
        Page missing = get("/articles/no-such-article");
        Page redirect = get("/?topic=space&axis=event");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("ETag")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/feed.atom?topic=space",
                "/api/v1/articles?topic=space",
                "/api/v1/topics",
                "/sitemap.xml",
                "/sitemaps/pages.xml",
                "/robots.txt"
            })
    void whatProgramsReadIsCachedLikePages(String address) {
        Page first = get(address, "Accept", "*/*");
        get(address, "Accept", "*/*");
        int cached = cache.size();

        Page again = get(address, "Accept", "*/*");

        assertThat(first.status()).as(address).isEqualTo(200);
        assertThat(first.headers().firstValue("ETag"))
                .as(address)
                .get()
                .asString()
                .matches("\"[0-9a-f]{32}\"");
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(again.contentType()).isEqualTo(first.contentType()).doesNotStartWith("text/html");
        assertThat(again.html()).isEqualTo(first.html());
        assertThat(cache.size())
                .as("served from the cache, not stored again")
                .isEqualTo(cached)
                .isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/export.csv", "/export/timelinejs.json", "/sitemaps/articles-1.xml"})
    void filesThatStreamAWholeCollectionAreNeverHeldInTheCache(String address) {
        cache.clear();
        Page first = get(address, "Accept", "*/*");
        Page second = get(address, "Accept", "*/*");

        assertThat(first.status()).as(address).isEqualTo(200);
        assertThat(second.headers().firstValue("ETag")).as(address).isEmpty();
        assertThat(cache.size()).as(address).isZero();
    }

    @Test
    void aCrossOriginRequestGetsItsCorsHeadersWhateverTheCacheHolds() {
        get("/api/v1/topics", "Accept", "application/json");
        get("/api/v1/topics", "Accept", "application/json");

        Page crossOrigin = get("/api/v1/topics", "Accept", "application/json", "Origin", "https://elsewhere.example");
        Page sameOrigin = get("/api/v1/topics", "Accept", "application/json");

        assertThat(crossOrigin.status()).isEqualTo(200);
        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("*");
        assertThat(sameOrigin.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void healthIsNeverCached() {
        get("/actuator/health", "Accept", "*/*");

        Page health = get("/actuator/health", "Accept", "*/*");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.headers().firstValue("ETag")).isEmpty();
    }
}
