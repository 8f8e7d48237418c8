package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Full-text search over the seed articles, against real PostgreSQL. */
/** The search, from the read index of a running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineSearchTest {

    /** These tests read one entry per article (TimelineByEventTest reads the events view). */
    private static final TimelineFilter ALL_ARTICLES = TimelineFilter.ALL.withView(TimelineView.ARTICLES);

    @Autowired
    TimelineRepository repository;

    @Autowired
    JdbcClient jdbc;

    private static TimelineFilter search(String query) {
        return search(query, SortOrder.ASC);
    }

    private static TimelineFilter search(String query, SortOrder order) {
        return new TimelineFilter(Axis.EVENT, null, null, order, List.of(), query, List.of())
                .withView(TimelineView.ARTICLES);
    }

    private List<TimelineRepository.EntryRow> rows(TimelineFilter filter) {
        return repository.findEntries(filter, TimelineCursor.FIRST_PAGE, 50);
    }

    private List<String> slugs(TimelineFilter filter) {
        return rows(filter).stream().map(TimelineRepository.EntryRow::slug).toList();
    }

    private static List<String> marked(Highlighted text) {
        return text.segments().stream()
                .filter(Highlighted.Segment::match)
                .map(Highlighted.Segment::text)
                .toList();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertThat(slugs(search("drone"))).containsExactly(A);
        assertThat(slugs(search("condolence"))).containsExactly(D);
        assertThat(slugs(search("ammunition"))).containsExactly(E);
    }

    @Test
    void quotedWordsAreAPhraseInThatOrder() {
        assertThat(slugs(search("\"mutual defense\""))).containsExactly(C);
        assertThat(slugs(search("\"defense mutual\""))).isEmpty();
    }

    @Test
    void aMinusExcludesAWordAndOrFindsEither() {
        assertThat(slugs(search("shoigu"))).containsExactly(E, A, C);
        assertThat(slugs(search("shoigu -lavrov"))).containsExactly(A, C);
        assertThat(slugs(search("glove or condolence"))).containsExactly(B, D);
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(slugs(search("SHOÏGU"))).containsExactly(E, A, C);
        assertThat(slugs(search("Vóstochny"))).containsExactly(B);
    }

    @Test
    void searchCombinesWithTopicsAndEntities() {
        TimelineFilter shoiguInSpace = new TimelineFilter(
                        Axis.EVENT, null, null, SortOrder.ASC, List.of("space"), "shoigu", List.of())
                .withView(TimelineView.ARTICLES);
        TimelineFilter kimWithLavrov = new TimelineFilter(
                        Axis.EVENT, null, null, SortOrder.ASC, List.of(), "kim", List.of("sergei-lavrov"))
                .withView(TimelineView.ARTICLES);

        assertThat(slugs(shoiguInSpace)).containsExactly(E);
        assertThat(slugs(kimWithLavrov)).containsExactly(E);
        assertThat(repository.countArticles(shoiguInSpace, null).totals().shown())
                .isEqualTo(1);
    }

    @Test
    void relevanceOrderPutsTheHeadlineMatchFirst() {
        List<String> ranked = slugs(search("shoigu", SortOrder.RELEVANCE));

        assertThat(ranked).containsExactlyInAnyOrder(A, C, E);
        assertThat(ranked.get(0)).isEqualTo(C);
    }

    @Test
    void relevancePagesFollowOnWithoutGapsOrRepeats() {
        TimelineFilter filter = search("kim or putin", SortOrder.RELEVANCE);
        List<String> paged = new ArrayList<>();
        TimelineCursor cursor = TimelineCursor.FIRST_PAGE;
        for (int page = 0; page < 10; page++) {
            List<TimelineRepository.EntryRow> rows = repository.findEntries(filter, cursor, 2);
            if (rows.isEmpty()) {
                break;
            }
            rows.forEach(row -> paged.add(row.slug()));
            cursor = new TimelineCursor(rows.get(rows.size() - 1).id(), null);
        }

        assertThat(paged).containsExactlyElementsOf(slugs(filter)).hasSize(5);
    }

    @Test
    void eachHitHasASnippetWithTheMatchMarked() {
        TimelineRepository.EntryRow hit = rows(search("ammunition")).get(0);

        assertThat(marked(hit.snippet())).containsExactly("ammunition");
        assertThat(hit.snippet().text()).contains("supplying Russia with ammunition");
        assertThat(hit.highlightedHeadline().text()).isEqualTo(hit.headline());
        assertThat(rows(ALL_ARTICLES))
                .allSatisfy(row -> assertThat(row.snippet()).isNull());
    }

    @Test
    void headlineMatchesAreMarkedInTheHeadline() {
        TimelineRepository.EntryRow hit = rows(search("drones")).get(0);

        assertThat(marked(hit.highlightedHeadline())).containsExactly("drones");
    }

    /**
     * Snippets carry tag-like text as text, unmarked (the page escapes all of it), and mark only the
     * match: no mark can be faked and no tag injected.
     */
    @Test
    void snippetsKeepTagLikeTextAsTextAndMarkOnlyTheMatch() {
        jdbc.sql("""
                insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                     content_hash)
                values ('markup', 'Markup in a report', 'markup.txt', 'x',
                        '<b>Shells</b> & <script>alert(1)</script> were counted.', 'x', 1, 'markup-hash')
                """).update();
        try {
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> !rows(search("shells")).isEmpty());
            Highlighted snippet = rows(search("shells")).get(0).snippet();

            assertThat(snippet.text())
                    .contains("<b>Shells</b>")
                    .contains("<script>")
                    .contains("were counted");
            assertThat(marked(snippet)).containsExactly("Shells");
        } finally {
            jdbc.sql("delete from article where slug = 'markup'").update();
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> rows(search("shells")).isEmpty());
        }
    }

    @Test
    void aSearchOfOnlyCommonWordsMatchesNothingAndSaysSo() {
        assertThat(slugs(search("the and of"))).isEmpty();
        assertThat(repository.countArticles(search("the and of"), null).totals().searchHasNoWords())
                .isTrue();
        assertThat(repository.countArticles(search("kim"), null).totals().searchHasNoWords())
                .isFalse();
    }

    @Test
    void syntaxPostgresCannotParseIsSearchedAsWords() {
        assertThat(slugs(search("\"vostochny ( !! :* & | <-> ')"))).containsExactly(B);
        assertThat(slugs(search("- or \" '"))).isEmpty();
    }

    @Test
    void anAbsentTermFindsNothingAndCountsNothing() {
        assertThat(slugs(search("zeppelin"))).isEmpty();
        assertThat(repository.countArticles(search("zeppelin"), null).totals().shown())
                .isZero();
        assertThat(repository.findFacets(search("zeppelin"), 8).topics())
                .allSatisfy(facet -> assertThat(facet.count()).isZero());
    }
}
