package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The timeline's reads, from the read index of a running app (each test context has its own). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineRepositoryTest {

    /** These tests read one entry per article (TimelineByEventTest reads the events view). */
    private static final TimelineFilter ALL_ARTICLES = TimelineFilter.ALL.withView(TimelineView.ARTICLES);

    @Autowired
    TimelineRepository repository;

    @Autowired
    JdbcClient jdbc;

    private List<String> slugs(TimelineFilter filter) {
        return repository.findEntries(filter, TimelineCursor.FIRST_PAGE, 50).stream()
                .map(TimelineRepository.EntryRow::slug)
                .toList();
    }

    private static TimelineFilter filter(Axis axis, LocalDate from, LocalDate to, SortOrder order, String... topics) {
        return new TimelineFilter(axis, from, to, order, List.of(topics)).withView(TimelineView.ARTICLES);
    }

    @Test
    void ordersByEventDateThenPublicationDateSoSameDayEntriesKeepAStableOrder() {
        assertThat(slugs(ALL_ARTICLES)).containsExactly(E, B, A, D, C);
    }

    @Test
    void newestFirstReversesTheOrderOfTheDatedEntries() {
        assertThat(slugs(filter(Axis.EVENT, null, null, SortOrder.DESC))).containsExactly(C, D, A, B, E);
    }

    @Test
    void onThePublicationAxisTheUndatedArticleComesLastInEitherOrder() {
        assertThat(slugs(filter(Axis.PUBLISHED, null, null, SortOrder.ASC))).containsExactly(E, A, B, D, C);
        assertThat(slugs(filter(Axis.PUBLISHED, null, null, SortOrder.DESC))).containsExactly(D, B, A, E, C);
    }

    @Test
    void dateRangesAreInclusiveOnTheChosenAxis() {
        assertThat(slugs(filter(Axis.EVENT, LocalDate.of(2023, 9, 13), LocalDate.of(2023, 9, 19), SortOrder.ASC)))
                .containsExactly(E, B, A);
        assertThat(slugs(filter(Axis.PUBLISHED, LocalDate.of(2023, 11, 12), LocalDate.of(2023, 11, 12), SortOrder.ASC)))
                .containsExactly(E, A);
    }

    @Test
    void aTopicFilterMatchesArticlesWithAnyOfTheChosenTopics() {
        assertThat(slugs(filter(Axis.EVENT, null, null, SortOrder.ASC, "space")))
                .containsExactly(E, B);
        assertThat(slugs(filter(Axis.EVENT, null, null, SortOrder.ASC, "space", "terrorism-condolences")))
                .containsExactly(E, B, D);
    }

    @Test
    void entriesCarryTheirTopicsInTaxonomyOrder() {
        TimelineRepository.EntryRow d = repository.findEntries(ALL_ARTICLES, TimelineCursor.FIRST_PAGE, 50).stream()
                .filter(row -> row.slug().equals(D))
                .findFirst()
                .orElseThrow();

        assertThat(d.topicSlugs())
                .containsExactly(
                        "arms-military-cooperation", "war-in-ukraine", "sanctions-un", "terrorism-condolences");
        assertThat(d.dates().publishedDate()).isEqualTo(LocalDate.of(2024, 3, 23));
    }

    @Test
    void topicFacetsCountArticlesUnderTheDateFilterButIgnoreTheTopicFilter() {
        TimelineFilter september2023 =
                filter(Axis.EVENT, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30), SortOrder.ASC, "space");

        Map<String, Long> counts = repository.findFacets(september2023, 8).topics().stream()
                .collect(Collectors.toMap(TimelineRepository.FacetRow::slug, TimelineRepository.FacetRow::count));

        assertThat(counts)
                .containsEntry("space", 2L)
                .containsEntry("gifts-symbolism", 2L)
                .containsEntry("arms-military-cooperation", 3L)
                .containsEntry("terrorism-condolences", 0L)
                .containsEntry("defence-treaty-troops", 0L)
                .hasSize(8);
    }

    @Test
    void countsSayHowManyAreShownAndHowManyUndatedOnesADateRangeLeftOut() {
        TimelineFilter published2023 =
                filter(Axis.PUBLISHED, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), SortOrder.ASC);

        assertThat(repository.countArticles(published2023, null).totals())
                .isEqualTo(new TimelineCounts(5, 3, 1, 0, false));
        assertThat(repository
                        .countArticles(filter(Axis.PUBLISHED, null, null, SortOrder.ASC), null)
                        .totals())
                .isEqualTo(new TimelineCounts(5, 5, 0, 0, false));
        assertThat(repository
                        .countArticles(
                                filter(Axis.PUBLISHED, LocalDate.of(2023, 1, 1), null, SortOrder.ASC, "space"), null)
                        .totals())
                .isEqualTo(new TimelineCounts(5, 2, 0, 0, false));
    }

    @Test
    void pagesContinueAfterOrBeforeAnArticleInEitherOrderAndOnEitherAxis() {
        TimelineFilter byPublication = filter(Axis.PUBLISHED, null, null, SortOrder.ASC);
        TimelineFilter newestFirst = filter(Axis.EVENT, null, null, SortOrder.DESC);

        assertThat(page(ALL_ARTICLES, new TimelineCursor(idOf(B), null), 2)).containsExactly(A, D);
        assertThat(page(ALL_ARTICLES, new TimelineCursor(null, idOf(D)), 2)).containsExactly(B, A);
        assertThat(page(ALL_ARTICLES, new TimelineCursor(idOf(D), null), 2)).containsExactly(C);
        assertThat(page(byPublication, new TimelineCursor(idOf(B), null), 2)).containsExactly(D, C);
        assertThat(page(newestFirst, new TimelineCursor(idOf(A), null), 5)).containsExactly(B, E);
        assertThat(page(newestFirst, new TimelineCursor(null, idOf(A)), 5)).containsExactly(C, D);
    }

    @Test
    void countsSayHowManyMatchingArticlesComeBeforeAPage() {
        assertThat(repository.countArticles(ALL_ARTICLES, idOf(A)).totals().earlier())
                .isEqualTo(2);
        assertThat(repository
                        .countArticles(filter(Axis.EVENT, null, null, SortOrder.DESC), idOf(A))
                        .totals()
                        .earlier())
                .isEqualTo(2);
        assertThat(repository
                        .countArticles(filter(Axis.PUBLISHED, null, null, SortOrder.ASC), idOf(C))
                        .totals()
                        .earlier())
                .isEqualTo(4);
        assertThat(repository
                        .countArticles(filter(Axis.EVENT, null, null, SortOrder.ASC, "space"), idOf(B))
                        .totals()
                        .earlier())
                .isEqualTo(1);
    }

    @Test
    void neighboursFollowTheFilteredTimelineOrder() {
        long b = idOf(B);

        assertThat(neighbours(ALL_ARTICLES, b, 25)).contains(new Neighbours(link(E), link(A), null));
        assertThat(neighbours(filter(Axis.EVENT, null, null, SortOrder.ASC, "space"), b, 25))
                .contains(new Neighbours(link(E), null, null));
        assertThat(neighbours(filter(Axis.EVENT, null, null, SortOrder.DESC), b, 25))
                .contains(new Neighbours(link(A), link(E), null));
        assertThat(neighbours(filter(Axis.EVENT, null, null, SortOrder.ASC, "terrorism-condolences"), b, 25))
                .as("the filter excludes it")
                .contains(Neighbours.NONE);
        assertThat(neighbours(ALL_ARTICLES, Long.MAX_VALUE, 25))
                .as("no such article")
                .isEmpty();
    }

    @Test
    void theArticlesTextsAreMarkedWithTheSearchsMatchesAsPostgresqlStemsThem() {
        TimelineFilter search = new TimelineFilter(Axis.EVENT, null, null, SortOrder.ASC, List.of(), "drone", List.of())
                .withView(TimelineView.ARTICLES);

        TimelineRepository.PlaceInTimeline place = repository
                .findPlace(search, idOf(B), 25, List.of("Two drones flew.", "Nothing here."))
                .orElseThrow();

        assertThat(place.marked()).hasSize(2);
        assertThat(place.marked().get(0).segments())
                .extracting(Highlighted.Segment::text, Highlighted.Segment::match)
                .containsExactly(tuple("Two ", false), tuple("drones", true), tuple(" flew.", false));
        assertThat(place.marked().get(1).segments())
                .allSatisfy(segment -> assertThat(segment.match()).isFalse());
        assertThat(repository
                        .findPlace(ALL_ARTICLES, idOf(B), 25, List.of("Two drones flew."))
                        .orElseThrow()
                        .marked())
                .as("no search, nothing marked")
                .isNull();
    }

    private Optional<Neighbours> neighbours(TimelineFilter filter, long articleId, int contextBefore) {
        return repository
                .findPlace(filter, articleId, contextBefore, List.of())
                .map(TimelineRepository.PlaceInTimeline::neighbours);
    }

    @Test
    void theReturnPageStartsSomeArticlesBeforeTheArticle() {
        assertThat(neighbours(ALL_ARTICLES, idOf(D), 1).orElseThrow().returnAfter())
                .isEqualTo(idOf(B));
        assertThat(neighbours(ALL_ARTICLES, idOf(D), 2).orElseThrow().returnAfter())
                .isEqualTo(idOf(E));
        assertThat(neighbours(ALL_ARTICLES, idOf(D), 3).orElseThrow().returnAfter())
                .isNull();
    }

    private List<String> page(TimelineFilter filter, TimelineCursor cursor, int limit) {
        return repository.findEntries(filter, cursor, limit).stream()
                .map(TimelineRepository.EntryRow::slug)
                .toList();
    }

    private Neighbours.TimelineLink link(String slug) {
        return new Neighbours.TimelineLink(idOf(slug), slug, headlineOf(slug));
    }

    @Test
    void articlesWithoutAnEventDateAreUndatedOnTheEventAxis() {
        // Typed as SQL by hand: the index learns of it from the database's outbox.
        jdbc.sql("""
                insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                     published_date, content_hash)
                values ('undated-report', 'An undated report', 'undated.txt', ' date 2024-01-05 Text.', 'Text.',
                        'Text.', 1, date '2024-01-05', 'undated-report-hash')
                """).update();
        try {
            await().atMost(Duration.ofSeconds(2))
                    .untilAsserted(
                            () -> assertThat(slugs(ALL_ARTICLES)).containsExactly(E, B, A, D, C, "undated-report"));
            assertThat(repository
                            .countArticles(filter(Axis.EVENT, LocalDate.of(2020, 1, 1), null, SortOrder.ASC), null)
                            .totals())
                    .isEqualTo(new TimelineCounts(6, 5, 1, 0, false));
        } finally {
            jdbc.sql("delete from article where slug = 'undated-report'").update();
            await().atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(slugs(ALL_ARTICLES)).containsExactly(E, B, A, D, C));
        }
    }

    private long idOf(String slug) {
        return jdbc.sql("select id from article where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private String headlineOf(String slug) {
        return jdbc.sql("select headline from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }
}
