package org.nkrtimeline.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.editorial.importing.ArticleImporter;
import org.nkrtimeline.editorial.importing.Publish;
import org.nkrtimeline.editorial.importing.SourceFile;
import org.nkrtimeline.pagecache.PageCache;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemaps and robots.txt, read as a crawler reads them. */
@TestPropertySource(properties = "timeline.site-url=" + SharingMetadataTest.SITE)
class SitemapTest extends WebTest {

    private static final String SITE = SharingMetadataTest.SITE;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleImporter importer;

    @Autowired
    PageCache pageCache;

    /**
     * Changes made here through SQL reach the cached sitemaps only within the page cache's check
     * interval, as any change made outside the app does: each test starts from an empty cache.
     */
    @BeforeEach
    void nothingCached() {
        pageCache.clear();
    }

    @AfterEach
    void putBackTheSeeds() {
        jdbc.sql("update article set hidden = false, corrected_at = null").update();
        Editorial.reset(jdbc);
        jdbc.sql("select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article))")
                .query()
                .singleValue();
    }

    /** The {@code <loc>} of each entry, with its {@code <lastmod>} (null when absent), in order. */
    private Map<String, String> entries(String path, String root) throws Exception {
        Page page = get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.contentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.html().getBytes(StandardCharsets.UTF_8)));
        Element top = xml.getDocumentElement();
        assertThat(top.getNamespaceURI()).isEqualTo(NS);
        assertThat(top.getLocalName()).isEqualTo(root);
        Map<String, String> entries = new LinkedHashMap<>();
        NodeList children = top.getElementsByTagNameNS(NS, root.equals("urlset") ? "url" : "sitemap");
        for (int i = 0; i < children.getLength(); i++) {
            Element entry = (Element) children.item(i);
            String loc = entry.getElementsByTagNameNS(NS, "loc").item(0).getTextContent();
            NodeList lastmod = entry.getElementsByTagNameNS(NS, "lastmod");
            assertThat(entries.put(
                            loc,
                            lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent()))
                    .as("listed twice: %s", loc)
                    .isNull();
        }
        entries.forEach((loc, lastmod) -> {
            assertThat(loc).startsWith(SITE + "/");
            if (lastmod != null) {
                // W3C Datetime, here always complete to the second with its zone.
                assertThat(lastmod).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
                OffsetDateTime.parse(lastmod, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
        });
        return entries;
    }

    private List<String> articleUrls() throws Exception {
        List<String> urls = new ArrayList<>();
        for (String sitemap : entries("/sitemap.xml", "sitemapindex").keySet()) {
            if (sitemap.contains("/sitemaps/articles-")) {
                urls.addAll(entries(sitemap.substring(SITE.length()), "urlset").keySet());
            }
        }
        return urls;
    }

    @Test
    void theIndexNamesThePagesSitemapAndTheArticleSitemaps() throws Exception {
        Map<String, String> index = entries("/sitemap.xml", "sitemapindex");

        assertThat(index.keySet())
                .containsExactly(
                        SITE + "/sitemaps/pages.xml",
                        SITE + "/sitemaps/articles-1.xml",
                        SITE + "/sitemaps/events-1.xml");
        assertThat(index.values()).doesNotContainNull();
    }

    @Test
    void everyEventReadersMaySeeIsListedWithItsLastChange() throws Exception {
        Map<String, String> events = entries("/sitemaps/events-1.xml", "urlset");

        assertThat(events.keySet())
                .containsExactly(
                        SITE + "/events/kim-jong-un-visits-russia-2023",
                        SITE + "/events/kim-condolences-crocus-city-hall-2024",
                        SITE + "/events/shoigu-visits-pyongyang-2025");
        assertThat(events.values()).doesNotContainNull();
        for (String url : events.keySet()) {
            assertThat(get(url.substring(SITE.length())).status()).as(url).isEqualTo(200);
        }
        assertThat(get("/sitemaps/events-2.xml").status()).isEqualTo(404);
    }

    @Test
    void anEventWhoseReportsAreAllHiddenIsInNoSitemap() throws Exception {
        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.D)
                .update();

        assertThat(entries("/sitemaps/events-1.xml", "urlset").keySet())
                .doesNotContain(SITE + "/events/kim-condolences-crocus-city-hall-2024")
                .hasSize(2);
    }

    @Test
    void aCorrectedReportIsItsEventsLastChange() throws Exception {
        String before =
                entries("/sitemaps/events-1.xml", "urlset").get(SITE + "/events/kim-condolences-crocus-city-hall-2024");
        jdbc.sql("update article set corrected_at = now() + interval '1 day' where slug = ?")
                .param(SeedArticles.D)
                .update();
        pageCache.clear();

        String after =
                entries("/sitemaps/events-1.xml", "urlset").get(SITE + "/events/kim-condolences-crocus-city-hall-2024");
        assertThat(OffsetDateTime.parse(after)).isAfter(OffsetDateTime.parse(before));
    }

    @Test
    void everyVisibleArticleIsListedOnceWithItsLastChange() throws Exception {
        long visible = jdbc.sql("select count(*) from article where not hidden")
                .query(Long.class)
                .single();
        List<String> urls = articleUrls();

        assertThat(urls).hasSize((int) visible).contains(SITE + "/articles/" + SeedArticles.A);
        Map<String, String> part = entries("/sitemaps/articles-1.xml", "urlset");
        assertThat(part.values()).doesNotContainNull();
        for (String url : urls) {
            assertThat(get(url.substring(SITE.length())).status()).as(url).isEqualTo(200);
        }
    }

    @Test
    void aHiddenArticleIsInNoSitemap() throws Exception {
        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.C)
                .update();

        List<String> urls = articleUrls();

        assertThat(urls).hasSize(Editorial.SEED_ARTICLES - 1).doesNotContain(SITE + "/articles/" + SeedArticles.C);
    }

    @Test
    void aCorrectionIsTheArticlesLastChangeAndItsSitemaps() throws Exception {
        jdbc.sql("update article set corrected_at = timestamptz '2031-02-03 04:05:06.789+00' where slug = ?")
                .param(SeedArticles.C)
                .update();

        assertThat(entries("/sitemaps/articles-1.xml", "urlset"))
                .containsEntry(SITE + "/articles/" + SeedArticles.C, "2031-02-03T04:05:06Z");
        assertThat(entries("/sitemap.xml", "sitemapindex"))
                .containsEntry(SITE + "/sitemaps/articles-1.xml", "2031-02-03T04:05:06Z");
    }

    @Test
    void articlesBeyondFiftyThousandIdsGoToTheNextSitemap() throws Exception {
        jdbc.sql("select setval(pg_get_serial_sequence('article', 'id'), 50000)")
                .query()
                .singleValue();
        String slug;
        try (InputStream in = getClass().getResourceAsStream("/import/kursk-deminers.txt")) {
            slug = importer.importFile(new SourceFile("kursk-deminers.txt", in.readAllBytes()), Publish.NOW)
                    .slug();
        }

        Map<String, String> index = entries("/sitemap.xml", "sitemapindex");

        assertThat(index.keySet()).contains(SITE + "/sitemaps/articles-1.xml", SITE + "/sitemaps/articles-2.xml");
        assertThat(entries("/sitemaps/articles-2.xml", "urlset").keySet()).containsExactly(SITE + "/articles/" + slug);
        assertThat(entries("/sitemaps/articles-1.xml", "urlset")).hasSize(Editorial.SEED_ARTICLES);
    }

    @Test
    void thePagesSitemapListsTheSitesPagesAndEveryEntityPage() throws Exception {
        long entities =
                jdbc.sql("select count(*) from entity").query(Long.class).single();
        Map<String, String> pages = entries("/sitemaps/pages.xml", "urlset");

        assertThat(pages.keySet())
                .contains(
                        SITE + "/",
                        SITE + "/topics",
                        SITE + "/entities",
                        SITE + "/help",
                        SITE + "/entities/sergei-shoigu");
        assertThat(pages.keySet().stream().filter(url -> url.startsWith(SITE + "/entities/")))
                .hasSize((int) entities);
        assertThat(pages.get(SITE + "/")).isNotNull();
        assertThat(pages.get(SITE + "/entities/sergei-shoigu"))
                .as("mentioned by a visible article")
                .isNotNull();
    }

    @Test
    void anArticleSitemapWithNoArticlesIsNotFound() {
        assertThat(get("/sitemaps/articles-7.xml").status()).isEqualTo(404);
        assertThat(get("/sitemaps/articles-0.xml").status()).isEqualTo(404);
        assertThat(get("/sitemaps/articles-x.xml").status()).isEqualTo(404);
        assertThat(get("/sitemaps/articles-99999999999999999999.xml").status()).isEqualTo(404);
    }

    @Test
    void robotsTxtOpensThePublicSiteClosesTheEditorsAndNamesTheSitemap() throws IOException {
        Page robots = get("/robots.txt");

        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.contentType()).startsWith("text/plain");
        assertThat(robots.html().lines().toList())
                .contains(
                        "User-agent: *",
                        "Disallow: /editor",
                        "Disallow: /actuator",
                        "Allow: /",
                        "Sitemap: " + SITE + "/sitemap.xml");
    }
}
