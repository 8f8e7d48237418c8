package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nkrtimeline.article.RelatedArticle;
import org.nkrtimeline.article.RelatedArticleRepository;
import org.nkrtimeline.article.RelatedArticlesFrom;
import org.nkrtimeline.entity.NameVariants;
import org.nkrtimeline.event.NearDuplicates;
import org.nkrtimeline.event.NearDuplicatesIn;
import org.nkrtimeline.index.ArticleIndex;
import org.nkrtimeline.index.Fields;
import org.nkrtimeline.index.IndexReading;
import org.nkrtimeline.index.OpenSearchReadIndex;
import org.nkrtimeline.index.ReadIndex;
import org.nkrtimeline.support.OpenSearchNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code timeline.opensearch.reads} on, the timeline's pages read the OpenSearch index, kept
 * from the outbox, here on a real OpenSearch 2.19.6 node: for every filter of the search, facet and
 * paging tests (and their combinations), the same page as from the read index: entries in order,
 * events and their reports, marks, counts, the overview's days and the facets; and the same place of
 * each article in the reader's timeline. Where they differ is written in docs/search.md ("Pages read
 * from OpenSearch"): the snippets' passages are OpenSearch's highlighter's, so they are compared by
 * the words they mark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenSearchReadsTest {

    private static OpenSearchNode node;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry properties) throws IOException {
        node = OpenSearchNode.start();
        // The app keeps its own read index and writes OpenSearch's; the test reads both.
        properties.add("timeline.opensearch.url", node::url);
        properties.add("timeline.opensearch.index", () -> "reads-test");
    }

    @AfterAll
    static void stopOpenSearch() throws Exception {
        readIndex = null;
        node.close();
    }

    @Autowired
    ArticleIndex articleIndex;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NameVariants variants;

    @Autowired
    ObjectMapper json;

    /** OpenSearch's index, read as an instance reading it does. */
    private static ReadIndex readIndex;

    private TimelineRepository fromOpenSearch;
    private ArticleSitemapRepository sitemaps;
    private RelatedArticleRepository related;
    private NearDuplicates nearDuplicates;
    private TimelineRepository fromReadIndex;

    /** Whether both indexes were last seen to hold the database's state (a test that writes clears it). */
    private static boolean upToDate;

    /**
     * Both indexes hold what the database holds, whatever another test changed by SQL: the same
     * articles in the same state.
     */
    @BeforeEach
    void bothUpToDate() {
        if (readIndex == null) {
            readIndex = OpenSearchReadIndex.of(json, node.url(), "reads-test");
        }
        fromOpenSearch = new TimelineRepository(jdbc, readIndex, variants);
        sitemaps = new ArticleSitemapRepository(jdbc, readIndex);
        related = RelatedArticlesFrom.of(jdbc, readIndex);
        nearDuplicates = NearDuplicatesIn.of(readIndex);
        fromReadIndex = new TimelineRepository(jdbc, articleIndex, variants);
        if (upToDate) {
            return;
        }
        articleIndex.catchUp();
        TimelineFilter everyArticle = TimelineFilter.ALL.withView(TimelineView.ARTICLES);
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(
                        () -> assertThat(fromOpenSearch.findEntries(everyArticle, TimelineCursor.FIRST_PAGE, 1000))
                                .isEqualTo(fromReadIndex.findEntries(everyArticle, TimelineCursor.FIRST_PAGE, 1000)));
        // Its position is read at most every 250 ms: it may still say "not built" for that long.
        await().atMost(Duration.ofSeconds(5)).until(readIndex::isReady);
        upToDate = true;
    }

    /** Every sitemap of articles, with each part's last change and each article's, in id order. */
    @Test
    void theSitemapsListTheSameArticlesFromOpenSearch() {
        ArticleSitemapRepository fromReadIndexSitemaps = new ArticleSitemapRepository(jdbc, articleIndex);
        for (int idsPerPart : List.of(1, 2, 50_000)) {
            List<ArticleSitemapRepository.Part> parts =
                    sitemaps.parts(idsPerPart).parts();
            assertThat(parts)
                    .isNotEmpty()
                    .isEqualTo(fromReadIndexSitemaps.parts(idsPerPart).parts());
            for (ArticleSitemapRepository.Part part : parts) {
                List<ArticleSitemapRepository.ArticleChange> listed = new ArrayList<>();
                List<ArticleSitemapRepository.ArticleChange> fromReadIndex = new ArrayList<>();
                sitemaps.forEachArticle(part.number(), idsPerPart, listed::add);
                fromReadIndexSitemaps.forEachArticle(part.number(), idsPerPart, fromReadIndex::add);
                assertThat(listed)
                        .as("part %d of %d", part.number(), idsPerPart)
                        .isNotEmpty()
                        .isEqualTo(fromReadIndex);
            }
        }
    }

    /** Related articles: the same, in the same order, with the same reasons, for every article. */
    @Test
    void relatedArticlesAreRankedTheSameInOpenSearch() {
        RelatedArticleRepository fromReadIndexRelated = RelatedArticlesFrom.of(jdbc, articleIndex);
        List<Long> ids =
                jdbc.sql("select id from article order by id").query(Long.class).list();
        int found = 0;
        for (long id : ids) {
            List<RelatedArticle> related = this.related.findRelated(id, 5);
            assertThat(related).as("related to %d", id).isEqualTo(fromReadIndexRelated.findRelated(id, 5));
            found += related.size();
        }
        assertThat(found).isPositive();
    }

    /** An editor's check for copies: each article's text, and a shortened copy, finds the same articles. */
    @Test
    void nearDuplicatesAreFoundTheSameInOpenSearch() {
        NearDuplicates inReadIndex = NearDuplicatesIn.of(articleIndex);
        List<String> bodies = jdbc.sql("select body_text from public_article order by id")
                .query(String.class)
                .list();
        for (String body : bodies) {
            String shortened = body.substring(0, body.length() * 2 / 3);
            assertThat(nearDuplicates.of(body)).isNotEmpty().isEqualTo(inReadIndex.of(body));
            assertThat(nearDuplicates.of(shortened)).isEqualTo(inReadIndex.of(shortened));
        }
    }

    /** The counts of /topics, /entities and entity pages: every topic's articles, every entity's mentions. */
    @Test
    void topicsAndEntitiesAreCountedTheSameInOpenSearchAsInTheReadIndex() {
        List<String> entities =
                jdbc.sql("select slug from entity").query(String.class).list();
        Map<String, IndexReading.Mentions> mentions = readIndex.reading(reading -> reading.mentions(entities));
        Map<String, Long> topics = readIndex.reading(reading -> reading.allPerFacet(Fields.TOPIC));

        Map<String, IndexReading.Mentions> readIndexMentions =
                articleIndex.reading(reading -> reading.mentions(entities));
        Map<String, Long> readIndexTopics = articleIndex.reading(reading -> reading.allPerFacet(Fields.TOPIC));

        assertThat(mentions).isNotEmpty().isEqualTo(readIndexMentions);
        assertThat(topics).isNotEmpty().isEqualTo(readIndexTopics);
    }

    /**
     * The page cache's key holds the version of the index pages read; it grows only once a change is
     * searchable in OpenSearch, so a page rendered under a new version shows the change.
     */
    @Test
    void theVersionGrowsOnlyOnceAChangeIsSearchableInOpenSearch() {
        long before = readIndex.version();
        String slug = jdbc.sql("select slug from public_article order by id limit 1")
                .query(String.class)
                .single();
        String word = "Quetzalcoatlesque";
        jdbc.sql("update article set headline = headline || ' ' || ? where slug = ?")
                .params(word, slug)
                .update();
        upToDate = false;
        try {
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> readIndex.version() > before);
            TimelineFilter search =
                    new TimelineFilter(Axis.EVENT, null, null, SortOrder.ASC, List.of(), word, List.of());

            assertThat(ids(fromOpenSearch.findEntries(search, TimelineCursor.FIRST_PAGE, 10)))
                    .hasSize(1);
        } finally {
            jdbc.sql("update article set headline = regexp_replace(headline, ?, '') where slug = ?")
                    .params(" " + word + "$", slug)
                    .update();
        }
    }

    static Stream<TimelineFilter> filters() {
        List<TimelineFilter> filters = new ArrayList<>();
        List<String> searches = new ArrayList<>(SearchParityTest.SEARCHES);
        searches.addAll(List.of("North-Korea", "-zeppelin", "-drones", "a".repeat(300) + " kim"));
        int n = 0;
        for (String search : searches) {
            for (SortOrder order : SortOrder.values()) {
                TimelineView view = TimelineView.values()[n++ % 2];
                filters.add(new TimelineFilter(
                        Axis.values()[n / 2 % 2], null, null, order, List.of(), search, List.of(), view));
            }
        }
        List<List<String>> topics = List.of(
                List.of(),
                List.of("summit-diplomacy"),
                List.of("space", "summit-diplomacy"),
                List.of("arms-military-cooperation"));
        List<List<String>> entities = List.of(
                List.of(), List.of("vladimir-putin"), List.of("sergei-shoigu", "kim-jong-un"), List.of("no-such-one"));
        LocalDate[][] ranges = {
            {null, null},
            {LocalDate.of(2023, 9, 13), null},
            {null, LocalDate.of(2023, 9, 13)},
            {LocalDate.of(2023, 9, 14), LocalDate.of(2024, 3, 23)}
        };
        // Each combination of topics, entities and dates once, on an axis, in an order and a view in turn.
        for (List<String> topic : topics) {
            for (List<String> entity : entities) {
                for (LocalDate[] range : ranges) {
                    n++;
                    filters.add(new TimelineFilter(
                            Axis.values()[n % 2],
                            range[0],
                            range[1],
                            n / 2 % 2 == 0 ? SortOrder.ASC : SortOrder.DESC,
                            topic,
                            null,
                            entity,
                            TimelineView.values()[n / 4 % 2]));
                }
            }
        }
        filters.add(new TimelineFilter(
                Axis.PUBLISHED,
                null,
                null,
                SortOrder.RELEVANCE,
                List.of("space"),
                "kim or russia",
                List.of("vladimir-putin"),
                TimelineView.EVENTS));
        filters.add(new TimelineFilter(
                Axis.EVENT,
                LocalDate.of(2023, 1, 1),
                null,
                SortOrder.RELEVANCE,
                List.of(),
                "putin",
                List.of(),
                TimelineView.ARTICLES));
        return filters.stream();
    }

    @ParameterizedTest
    @MethodSource("filters")
    void aPageReadsTheSameFromOpenSearchAsFromTheReadIndex(TimelineFilter filter) {
        assertThat(comparable(fromOpenSearch.page(filter, TimelineCursor.FIRST_PAGE, 50, 10)))
                .usingRecursiveComparison()
                .isEqualTo(comparable(fromReadIndex.page(filter, TimelineCursor.FIRST_PAGE, 50, 10)));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void everyPageBeforeAndAfterEachArticleAndItsPlaceAreTheSame(TimelineFilter filter) {
        List<Long> ids = jdbc.sql("select id from public_article order by id")
                .query(Long.class)
                .list();
        for (long id : ids) {
            for (TimelineCursor cursor : List.of(new TimelineCursor(id, null), new TimelineCursor(null, id))) {
                assertThat(comparable(fromOpenSearch.page(filter, cursor, 2, 3)))
                        .as("%s at %s", filter, cursor)
                        .usingRecursiveComparison()
                        .isEqualTo(comparable(fromReadIndex.page(filter, cursor, 2, 3)));
            }
            List<String> texts = List.of("Kim Jong Un and Putin met at Vostochny; North-Korea's drones.");
            assertThat(fromOpenSearch.findPlace(filter, id, 1, texts))
                    .as("%s, the place of %d", filter, id)
                    .usingRecursiveComparison()
                    .isEqualTo(fromReadIndex.findPlace(filter, id, 1, texts));
        }
    }

    private static List<Long> ids(List<TimelineRepository.EntryRow> entries) {
        return entries.stream().map(TimelineRepository.EntryRow::id).toList();
    }

    /** A page with each snippet reduced to the words it marks, in order. */
    private TimelineRepository.PageRows comparable(TimelineRepository.PageRows page) {
        return new TimelineRepository.PageRows(
                page.filter(),
                page.entries().stream().map(this::withMarkedWords).toList(),
                page.facets(),
                page.counts());
    }

    private TimelineRepository.EntryRow withMarkedWords(TimelineRepository.EntryRow entry) {
        Highlighted snippet = entry.snippet() == null
                ? null
                : new Highlighted(List.of(new Highlighted.Segment(markedWords(entry.snippet()), true)));
        return new TimelineRepository.EntryRow(
                entry.id(),
                entry.slug(),
                entry.headline(),
                entry.lede(),
                entry.dates(),
                entry.topicSlugs(),
                entry.highlightedHeadline(),
                snippet,
                entry.event());
    }

    /** The distinct words a snippet marks, as the index has them (analysed), sorted. */
    private String markedWords(Highlighted snippet) {
        java.util.SortedSet<String> words = new java.util.TreeSet<>();
        snippet.segments().stream().filter(Highlighted.Segment::match).forEach(segment -> {
            try (var stream = articleIndex.analyzer().tokenStream("body", segment.text())) {
                var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    words.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return String.join(" ", words);
    }
}
