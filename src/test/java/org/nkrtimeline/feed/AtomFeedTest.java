package org.nkrtimeline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.pagecache.PageCache;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.SeedArticle;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The Atom feed of a timeline view, over real HTTP, read by Rome and checked against RFC 4287 by hand. */
@TestPropertySource(properties = "timeline.site-url=https://timeline.example.org")
class AtomFeedTest extends WebTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITE = "https://timeline.example.org";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageCache pageCache;

    /**
     * Tests change articles through SQL, which reaches a cached feed only within the page cache's
     * check interval, as any change made outside the app does: each test starts from an empty cache.
     */
    @BeforeEach
    void nothingCached() {
        pageCache.clear();
    }

    @AfterEach
    void removeExtraArticles() {
        Editorial.reset(jdbc);
    }

    @Test
    void theFeedIsAtomWithItsContentType() {
        Page page = get("/feed.atom");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        assertThat(rome(page).getFeedType()).isEqualTo("atom_1.0");
    }

    @Test
    void theFeedHasEveryElementAtomRequiresInItsNamespace() throws Exception {
        org.w3c.dom.Document xml = xml(get("/feed.atom?topic=space"));
        org.w3c.dom.Element feed = xml.getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("en");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(children(feed, required)).as(required).hasSize(1);
        }
        assertThat(instant(text(children(feed, "updated").get(0)))).isNotNull();
        org.w3c.dom.Element author = children(feed, "author").get(0);
        assertThat(text(children(author, "name").get(0))).isNotBlank();
        assertThat(links(feed, "self")).containsExactly(SITE + "/feed.atom?topic=space");
        assertThat(links(feed, "alternate")).containsExactly(SITE + "/?order=desc&topic=space");

        List<org.w3c.dom.Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(2);
        Set<String> ids = new HashSet<>();
        for (org.w3c.dom.Element entry : entries) {
            for (String required : List.of("id", "title", "updated", "summary", "content")) {
                assertThat(children(entry, required)).as(required).hasSize(1);
            }
            String id = text(children(entry, "id").get(0));
            assertThat(URI.create(id).isAbsolute()).as(id).isTrue();
            assertThat(ids.add(id)).as("unique id " + id).isTrue();
            assertThat(instant(text(children(entry, "updated").get(0)))).isNotNull();
            assertThat(children(entry, "content").get(0).getAttribute("type")).isEqualTo("html");
            assertThat(links(entry, "alternate")).singleElement().asString().startsWith(SITE + "/articles/");
        }
    }

    @Test
    void entriesAreNewestFirstByEventDateWhateverTheOrderAsked() {
        assertThat(slugs(rome(get("/feed.atom")))).containsExactly(C, D, A, B, E);
        assertThat(slugs(rome(get("/feed.atom?order=asc")))).containsExactly(C, D, A, B, E);
    }

    @Test
    void onThePublicationAxisEntriesAreNewestFirstByPublicationDateAndTheUndatedLast() {
        Feed feed = rome(get("/feed.atom?axis=published"));

        // C has no publication date: it comes last, and says nothing it does not know.
        assertThat(slugs(feed)).containsExactly(D, B, A, E, C);
        assertThat(entry(feed, C).getPublished()).isNull();
        assertThat(entry(feed, D).getPublished()).isEqualTo(Instant.parse("2024-03-23T00:00:00Z"));
        assertThat(feed.getTitle()).isEqualTo("By publication date · North Korea–Russia relations");
        assertThat(feed.getSubtitle().getValue())
                .isEqualTo("Up to 50 articles of this view, newest first by publication date;"
                        + " articles with no publication date come last. Each entry has the article's full text.");
    }

    @Test
    void anArticleWithoutAnEventDateComesLastAndSaysItsDateIsNotKnown() {
        ExtraArticle.undated(
                        "an-undated-report",
                        "An undated report",
                        "A report without a date of its event.",
                        LocalDate.of(2025, 6, 1))
                .insert(jdbc);

        Feed feed = rome(get("/feed.atom"));

        assertThat(slugs(feed)).containsExactly(C, D, A, B, E, "an-undated-report");
        assertThat(content(entry(feed, "an-undated-report")).text()).contains("Event date not known.");
    }

    @Test
    void eachEntryHasTheArticlesFullTextEverySentenceInOrder() {
        Feed feed = rome(get("/feed.atom"));

        for (SeedArticle seed : SeedArticle.all()) {
            Entry entry = feed.getEntries().stream()
                    .filter(e -> e.getTitle().equals(seed.headline()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no entry for " + seed.headline()));
            List<String> blocks = bodyBlocks(content(entry));
            assertThat(blocks).as(seed.file()).isEqualTo(seed.lines());
            assertThat(sentences(blocks)).as(seed.file()).isEqualTo(seed.sentences());
        }
    }

    @Test
    void anEntryHasItsDatesHonestlyItsTopicsItsLedeAndAStableId() {
        Feed feed = rome(get("/feed.atom"));
        Entry estimated = entry(feed, C);

        assertThat(estimated.getPublished()).isNull();
        assertThat(content(estimated).select("hr ~ p").text())
                .startsWith("Event date: c. 21 Mar 2025 (estimate). Why: Estimated, with about 90% confidence")
                .contains("Publication date not known: publication date not given in the source");
        long id = jdbc.sql("select id from article where slug = ?")
                .param(C)
                .query(Long.class)
                .single();
        assertThat(estimated.getId()).isEqualTo("tag:timeline.example.org,2025:article:" + id);
        OffsetDateTime created = jdbc.sql("select created_at from article where slug = ?")
                .param(C)
                .query(OffsetDateTime.class)
                .single();
        assertThat(estimated.getUpdated().toInstant())
                .isEqualTo(created.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(estimated.getSummary().getValue())
                .isEqualTo(jdbc.sql("select lede from article where slug = ?")
                        .param(C)
                        .query(String.class)
                        .single());
        assertThat(estimated.getCategories())
                .extracting(Category::getTerm)
                .containsExactly(
                        "summit-diplomacy",
                        "arms-military-cooperation",
                        "war-in-ukraine",
                        "sanctions-un",
                        "defence-treaty-troops");
        assertThat(estimated.getCategories()).allSatisfy(category -> {
            assertThat(category.getScheme()).isEqualTo(SITE + "/topics");
            assertThat(category.getLabel()).isNotBlank();
        });
        assertThat(entry(feed, A).getPublished()).isEqualTo(Instant.parse("2023-11-12T00:00:00Z"));
    }

    @Test
    void theEntriesLinkToArticlePagesThatExist() {
        for (Entry entry : rome(get("/feed.atom")).getEntries()) {
            String href = entry.getAlternateLinks().get(0).getHref();
            assertThat(get(href.substring(SITE.length())).status()).as(href).isEqualTo(200);
        }
    }

    @Test
    void anEntryLinksToTheEventItsArticleReports() {
        for (Entry entry : rome(get("/feed.atom")).getEntries()) {
            List<Link> related = entry.getOtherLinks().stream()
                    .filter(link -> "related".equals(link.getRel()))
                    .toList();
            assertThat(related).as(entry.getTitle()).hasSize(1);
            String href = related.get(0).getHref();
            assertThat(href).startsWith(SITE + "/events/");
            assertThat(related.get(0).getTitle()).isNotBlank();
            assertThat(get(href.substring(SITE.length())).status()).as(href).isEqualTo(200);
        }
    }

    @Test
    void theFeedFollowsTheFiltersOfThePageAndItsTitleSaysWhichTheyAre() {
        Feed search = rome(get("/feed.atom?q=drones"));
        assertThat(search.getTitle()).isEqualTo("Search: drones · North Korea–Russia relations");
        assertThat(slugs(search)).containsExactly(A);

        Feed topic = rome(get("/feed.atom?topic=terrorism-condolences"));
        assertThat(topic.getTitle()).isEqualTo("Topic: Terrorism & condolences · North Korea–Russia relations");
        assertThat(slugs(topic)).containsExactly(D);

        Feed entity = rome(get("/feed.atom?entity=sergei-shoigu"));
        assertThat(entity.getTitle()).isEqualTo("Mentioning Sergei Shoigu · North Korea–Russia relations");
        assertThat(slugs(entity)).containsExactly(C, A, E);

        Feed dates = rome(get("/feed.atom?from=2023-09-14&to=2024-12-31"));
        assertThat(dates.getTitle()).isEqualTo("From 14 Sep 2023 to 31 Dec 2024 · North Korea–Russia relations");
        assertThat(slugs(dates)).containsExactly(D, A);

        // Unknown topics are ignored, as on the page.
        assertThat(slugs(rome(get("/feed.atom?topic=no-such-topic")))).hasSize(5);
    }

    @Test
    void aHiddenArticleIsNotInTheFeed() {
        ExtraArticle.undated("a-hidden-report", "A hidden report", "Hidden text.", LocalDate.of(2025, 6, 1))
                .insert(jdbc);
        jdbc.sql("update article set hidden = true where slug = 'a-hidden-report'")
                .update();

        assertThat(slugs(rome(get("/feed.atom"))))
                .doesNotContain("a-hidden-report")
                .hasSize(5);
    }

    @Test
    void markupAndControlCharactersInATextStayTextAndTheFeedStaysWellFormed() throws Exception {
        String text = "Kim said <b>“no”</b> & left </content> the room.\u0001\nA second paragraph, with \"quotes\".";
        ExtraArticle.on("a-report-with-markup", "A <i>report</i> & \"more\"", text, LocalDate.of(2025, 7, 1), "DAY")
                .insert(jdbc);

        Page page = get("/feed.atom");
        xml(page);
        Entry entry = entry(rome(page), "a-report-with-markup");

        assertThat(entry.getTitle()).isEqualTo("A <i>report</i> & \"more\"");
        assertThat(bodyBlocks(content(entry)))
                .containsExactly(
                        "Kim said <b>“no”</b> & left </content> the room.\uFFFD",
                        "A second paragraph, with \"quotes\".");
        assertThat(content(entry).select("b, i")).isEmpty();
    }

    @Test
    void aFeedReaderWhoseCopyIsCurrentGetsANotModified() {
        Page first = get("/feed.atom");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        Page again = get("/feed.atom", "If-Modified-Since", lastModified);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.html()).isEmpty();
    }

    @Test
    void badParametersGetThePagesClearBadRequest() {
        for (String bad : List.of(
                "/feed.atom?from=2024-13-01",
                "/feed.atom?axis=sideways",
                "/feed.atom?after=x",
                "/feed.atom?from=2024-02-01&to=2024-01-01",
                "/feed.atom?q=%00")) {
            Page page = get(bad);
            assertThat(page.status()).as(bad).isEqualTo(400);
            assertThat(page.contentType()).as(bad).startsWith("text/html");
            assertThat(page.mainText()).as(bad).contains("This timeline address has a problem");
        }
    }

    @Test
    void aPageCursorIsCheckedAsOnThePageButTheFeedIsTheWholeView() {
        String whole = get("/feed.atom?topic=space").html();

        assertThat(get("/feed.atom?topic=space&after=3").html()).isEqualTo(whole);
        assertThat(get("/feed.atom?topic=space&after=3&before=4").status()).isEqualTo(400);
    }

    @Test
    void aFeedReaderAskingForAtomAlsoGetsTheClearBadRequest() throws Exception {
        for (String accept : List.of("application/atom+xml", "application/atom+xml, application/xml;q=0.9", "*/*")) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/feed.atom?from=2024-13-01"))
                                    .header("Accept", accept)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(accept).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).select("main").text())
                    .as(accept)
                    .contains("This timeline address has a problem", "2024-13-01");
        }
    }

    @Test
    void aPostIsTheWrongMethodAndAHeadWorks() throws Exception {
        assertThat(post("/feed.atom").status()).isEqualTo(405);

        HttpResponse<String> head = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feed.atom?topic=space"))
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theTimelinePageLinksToTheFeedOfItsViewInItsHeadAndVisibly() {
        Document page = getOk("/?topic=space&order=desc");

        Element alternate = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertThat(alternate).isNotNull();
        assertThat(alternate.attr("href")).isEqualTo("/feed.atom?topic=space");
        assertThat(alternate.attr("title")).isNotBlank();
        assertThat(page.select("main a[href=/feed.atom?topic=space]").text()).isEqualTo("Subscribe (Atom feed)");
        assertThat(page.select("main a[href=/export.csv?order=desc&topic=space]")
                        .text())
                .isEqualTo("CSV");
        assertThat(page.select("main a[href=/export/timelinejs.json?order=desc&topic=space]")
                        .text())
                .isEqualTo("TimelineJS JSON");
    }

    @Test
    void anEntityPageLinksToTheFeedOfTheArticlesThatMentionIt() {
        Document page = getOk("/entities/sergei-shoigu");

        Element alternate = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertThat(alternate).isNotNull();
        assertThat(alternate.attr("href")).isEqualTo("/feed.atom?entity=sergei-shoigu");
        assertThat(alternate.attr("title")).contains("Sergei Shoigu");
        assertThat(slugs(rome(get(alternate.attr("href"))))).containsExactly(C, A, E);
    }

    // --- reading the feed

    private static Feed rome(Page page) {
        assertThat(page.status()).isEqualTo(200);
        try {
            return (Feed) new WireFeedInput().build(new StringReader(page.html()));
        } catch (Exception e) {
            throw new AssertionError("Rome cannot read the feed: " + e, e);
        }
    }

    private static org.w3c.dom.Document xml(Page page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page.html())));
    }

    private static List<String> slugs(Feed feed) {
        return feed.getEntries().stream()
                .map(entry -> {
                    String href = entry.getAlternateLinks().get(0).getHref();
                    return href.substring(href.lastIndexOf('/') + 1);
                })
                .toList();
    }

    private static Entry entry(Feed feed, String slug) {
        return feed.getEntries().stream()
                .filter(entry -> entry.getAlternateLinks().get(0).getHref().equals(SITE + "/articles/" + slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + slug));
    }

    private static Document content(Entry entry) {
        List<Content> contents = entry.getContents();
        assertThat(contents).hasSize(1);
        assertThat(contents.get(0).getType()).isEqualTo("html");
        return Jsoup.parseBodyFragment(contents.get(0).getValue());
    }

    /** The article's blocks: the paragraphs and headings before the dates. */
    private static List<String> bodyBlocks(Document content) {
        List<String> blocks = new ArrayList<>();
        for (Element element : content.body().children()) {
            if (element.tagName().equals("hr")) {
                return blocks;
            }
            assertThat(element.tagName()).isIn("p", "h2");
            blocks.add(element.wholeText());
        }
        throw new AssertionError("no dates after the text");
    }

    private static List<String> sentences(List<String> blocks) {
        return blocks.stream()
                .flatMap(block -> Arrays.stream(block.split("(?<=[.!?]|[.!?][”\"’')])\\s+")))
                .map(String::strip)
                .toList();
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof org.w3c.dom.Element element
                    && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> links(org.w3c.dom.Element parent, String rel) {
        return children(parent, "link").stream()
                .filter(link -> link.getAttribute("rel").equals(rel))
                .map(link -> link.getAttribute("href"))
                .toList();
    }

    private static String text(org.w3c.dom.Element element) {
        return element.getTextContent();
    }

    private static Instant instant(String rfc3339) {
        return OffsetDateTime.parse(rfc3339).toInstant();
    }
}
