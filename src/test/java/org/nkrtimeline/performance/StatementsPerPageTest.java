package org.nkrtimeline.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.pagecache.PageCache;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.StatementCounter;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The SQL statements a page runs are few and fixed, whatever the filter, the page and the article:
 * a query per entry, per topic or per entity (an N+1) would fail here before it reached a large
 * collection. Counted at the JDBC driver, so JPA, JdbcClient and anything else are all seen.
 */
@Import(StatementCounter.Configuration.class)
@TestPropertySource(properties = "timeline.server-timing.enabled=true")
class StatementsPerPageTest extends WebTest {

    @Autowired
    PageCache pageCache;

    /**
     * The names of the topics and of the chosen entities (which tells unknown slugs apart), and the
     * names of the entities in the facets. Entries, counts, facets and the overview come from the read
     * index, in the number of queries {@link #indexQueriesOfTimelinePages} holds. Grouped by event, a
     * page with events reads their titles and dates too: {@link #TIMELINE_PAGE_WITH_EVENTS}.
     */
    static final int TIMELINE_PAGE = 2;

    static final int TIMELINE_PAGE_WITH_EVENTS = TIMELINE_PAGE + 1;

    /**
     * The article with its topics and mention counts; the names of its entities and topics, for its
     * related articles; the event it reports, if any (for the "Part of the event" line). (Its place in
     * the reader's timeline, its text marked by a search and the related articles come from the read
     * index: {@link #ARTICLE_PAGE_INDEX_QUERIES}.)
     */
    static final int ARTICLE_PAGE = 3;

    /** The event; its public reports with their texts and entities' mention counts; their topics. */
    static final int EVENT_PAGE = 3;

    /**
     * Is it in the index, its sort key, is it in the reader's timeline, the articles before and after it;
     * its day (for closeness) and its related articles.
     */
    static final int ARTICLE_PAGE_INDEX_QUERIES = 7;

    /** The API's list: the timeline page's two. */
    static final int API_ARTICLE_LIST = 2;

    /** The API's topics, entities and entity: one statement each. */
    static final int API_SINGLE = 1;

    /** The API's article: the article, and the event it reports. */
    static final int API_ARTICLE = 2;

    /** The API's event: the event, its reports with their entities, their topics (as its page). */
    static final int API_EVENT = 3;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?order=desc",
                "/?axis=published",
                "/?topic=space",
                "/?topic=space&topic=war-in-ukraine",
                "/?entity=sergei-shoigu",
                "/?entity=sergei-shoigu&entity=kim-jong-un&topic=space",
                "/?q=shoigu",
                "/?q=shoigu&order=relevance",
                "/?from=2024-01-01&to=2024-12-31",
                "/?topic=no-such-topic",
                "/?entity=no-such-entity",
                "/?after=1",
                "/?after=2"
            })
    void everyTimelinePageRunsTheSameFewStatements(String page) {
        // Every seed reports an event: each of these pages shows one.
        assertThat(statementsOf(page)).as(page).hasSize(TIMELINE_PAGE_WITH_EVENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?q=zeppelin", "/?view=articles", "/?view=articles&q=shoigu&order=relevance"})
    void aTimelinePageWithoutEventsLeavesOutTheirStatement(String page) {
        assertThat(statementsOf(page)).as(page).hasSize(TIMELINE_PAGE);
    }

    /**
     * The index queries of a timeline page: the page's entries and every match (for the counts, the
     * facets and the overview; none for the whole collection, whose counts the index keeps); the topic
     * facets under the other filters when topics are chosen; with a search, the snippets' marks (one
     * pass over the hits' postings); the undated a date range left out; and after a cursor, its
     * article's sort key (twice: for the page and for the count of those before it) and that count.
     * Grouped by event, two more: how many matching reports the events the page meets have, and those
     * reports, which say which hit is each event's first. Never one per entry, topic, entity or event.
     */
    @ParameterizedTest
    @CsvSource({
        "/, 3",
        "/?order=desc, 3",
        "/?view=articles, 1",
        "/?topic=space, 4",
        "/?topic=space&topic=war-in-ukraine, 4",
        "/?entity=sergei-shoigu&entity=kim-jong-un&topic=space, 5",
        "/?q=shoigu, 5",
        "/?q=shoigu&order=relevance, 5",
        "/?q=shoigu&view=articles, 3",
        "/?from=2024-01-01&to=2024-12-31, 5",
        "/?after=1, 6",
        "/?view=articles&after=1, 4",
        "/?q=kim&order=relevance&after=2, 8",
        "/?from=2020-01-01&after=2, 8"
    })
    void indexQueriesOfTimelinePages(String page, int queries) {
        getOk(page);
        pageCache.clear();
        assertThat(indexQueriesOf(page)).as(page).isEqualTo(queries);
    }

    /**
     * Grouped by event, an article's page also finds where its event's entry stands (its first
     * matching report), and for a report that is not the first, the page to return to around that one.
     */
    @ParameterizedTest
    @CsvSource({
        SeedArticles.E + ", , " + (ARTICLE_PAGE_INDEX_QUERIES + 1),
        SeedArticles.A + ", , " + (ARTICLE_PAGE_INDEX_QUERIES + 2),
        SeedArticles.A + ", view=articles, " + ARTICLE_PAGE_INDEX_QUERIES
    })
    void anArticlePageRunsTheSameIndexQueriesWithAndWithoutASearch(String slug, String view, int queries) {
        String path = "/articles/" + slug + (view == null ? "" : "?" + view);
        String separator = view == null ? "?" : "&";
        assertThat(indexQueriesOf(path)).isEqualTo(queries);
        assertThat(indexQueriesOf(path + separator + "q=kim")).isEqualTo(queries);
    }

    @Test
    void anArticleOutsideTheReadersTimelineSkipsTheQueriesForItsNeighbours() {
        // A is not about space: no place in that timeline, so no neighbours to look for.
        assertThat(indexQueriesOf("/articles/" + SeedArticles.A + "?topic=space"))
                .isEqualTo(ARTICLE_PAGE_INDEX_QUERIES - 2);
    }

    @Test
    void theStatementsOfATimelinePageDoNotGrowWithItsEntries() {
        // One entry against five: the same statements.
        assertThat(statementsOf("/?topic=terrorism-condolences"))
                .hasSize(statementsOf("/").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedArticles.A, SeedArticles.B, SeedArticles.C, SeedArticles.D, SeedArticles.E})
    void everyArticlePageRunsTheSameStatementsWhateverItsTopicsEntitiesRelationsAndSearch(String slug) {
        assertThat(statementsOf("/articles/" + slug)).hasSize(ARTICLE_PAGE);
        assertThat(statementsOf("/articles/" + slug + "?q=kim")).hasSize(ARTICLE_PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kim-jong-un-visits-russia-2023", "kim-condolences-crocus-city-hall-2024"})
    void anEventPageRunsTheSameStatementsWhateverItsNumberOfReports(String slug) {
        assertThat(statementsOf("/events/" + slug)).hasSize(EVENT_PAGE);
    }

    /**
     * The feed: what it says about its view (last change, the names of its topics and entities), then
     * its entries with their texts and topics. The TimelineJS file: the same with the view's counts,
     * then its events.
     */
    static final int FEED_OR_TIMELINE_JS = 2;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/feed.atom",
                "/feed.atom?axis=published",
                "/feed.atom?q=shoigu&topic=space&entity=sergei-shoigu",
                "/feed.atom?topic=no-such-topic",
                "/export/timelinejs.json",
                "/export/timelinejs.json?q=kim&order=relevance",
                "/export/timelinejs.json?entity=sergei-shoigu&entity=kim-jong-un&from=2024-01-01"
            })
    void theFeedAndTheTimelineJsFileRunTwoStatementsWhateverTheirEntries(String path) {
        assertThat(statementsOf(path)).as(path).hasSize(FEED_OR_TIMELINE_JS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/export.csv",
                "/export.csv?q=kim&topic=space&entity=kim-jong-un",
                "/export.csv?axis=published&order=desc"
            })
    void theCsvFileRunsOneStatementPerThousandArticles(String path) {
        // Which of the view's topics and entities exist; then up to 1,000 articles (the five seeds) found by
        // the read index: one chunk, one statement, whatever their topics and entities.
        assertThat(statementsOf(path)).as(path).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/articles",
                "/api/v1/articles?limit=1",
                "/api/v1/articles?limit=100&order=desc",
                "/api/v1/articles?topic=space&entity=kim-jong-un",
                "/api/v1/articles?q=shoigu&order=relevance",
                "/api/v1/articles?axis=published&from=2023-01-01",
                "/api/v1/articles?after=1&limit=2"
            })
    void everyListOfTheApiRunsTheSameFewStatements(String list) {
        assertThat(apiStatementsOf(list)).as(list).hasSize(API_ARTICLE_LIST);
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedArticles.A, SeedArticles.B, SeedArticles.C, SeedArticles.D, SeedArticles.E})
    void everyArticleOfTheApiIsTwoStatementsWhateverItsTopicsEntitiesAndEvent(String slug) {
        assertThat(apiStatementsOf("/api/v1/articles/" + slug)).hasSize(API_ARTICLE);
    }

    /** A page of events is one statement, however many reports; after a cursor, one more to find it. */
    @Test
    void theApisEventsAreAFixedNumberOfStatements() {
        assertThat(apiStatementsOf("/api/v1/events")).hasSize(1);
        assertThat(apiStatementsOf("/api/v1/events?after=kim-jong-un-visits-russia-2023&limit=1"))
                .hasSize(2);
        assertThat(apiStatementsOf("/api/v1/events/kim-jong-un-visits-russia-2023"))
                .hasSize(API_EVENT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/topics",
                "/api/v1/entities",
                "/api/v1/entities?kind=place",
                "/api/v1/entities/kim-jong-un"
            })
    void theApisTopicsAndEntitiesAreOneStatementEach(String path) {
        assertThat(apiStatementsOf(path)).hasSize(API_SINGLE);
    }

    /**
     * The sitemap index: when the collection last changed, its article parts from one pass over the
     * read index, its event parts in one statement. An article sitemap: its entries from the read index,
     * a query per 1,000, and no SQL. An events sitemap: one statement.
     */
    @Test
    void theSitemapsListTheirArticlesFromTheReadIndex() {
        assertThat(statementsOf("/sitemap.xml")).hasSize(2);
        assertThat(indexQueriesOf("/sitemap.xml")).isEqualTo(1);
        assertThat(statementsOf("/sitemaps/articles-1.xml")).isEmpty();
        assertThat(indexQueriesOf("/sitemaps/articles-1.xml")).isEqualTo(1);
        assertThat(statementsOf("/sitemaps/events-1.xml")).hasSize(1);
    }

    @Test
    void aPageServedFromTheCacheRunsNoStatements() {
        getOk("/?topic=space");
        assertThat(StatementCounter.executedBy(() -> getOk("/?topic=space"))).isEmpty();
    }

    /**
     * The statements of rendering a page, asked for a second time so that nothing of the first
     * request counts (lazy start-up work), with the page cache emptied in between.
     */
    private List<String> statementsOf(String page) {
        getOk(page);
        pageCache.clear();
        return StatementCounter.executedBy(() -> getOk(page));
    }

    /** The read-index queries of rendering a page, as its Server-Timing header counts them. */
    private int indexQueriesOf(String page) {
        pageCache.clear();
        String timing = get(page).headers().firstValue("Server-Timing").orElseThrow();
        Matcher queries =
                Pattern.compile("index;dur=[0-9.]+;desc=\"(\\d+) queries\"").matcher(timing);
        assertThat(queries.find()).as(timing).isTrue();
        return Integer.parseInt(queries.group(1));
    }

    /** The same for an API response (JSON, which the page cache does not keep). */
    private List<String> apiStatementsOf(String path) {
        Runnable request =
                () -> assertThat(get(path, "Accept", "application/json").status())
                        .as(path)
                        .isEqualTo(200);
        request.run();
        pageCache.clear();
        return StatementCounter.executedBy(request);
    }
}
