package org.nkrtimeline.timeline.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.D;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.pagecache.PageCache;
import org.nkrtimeline.support.StatementCounter;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Baseline B1 of the benchmark stands for the timeline page: for the same address it must show the
 * same articles in the same order with the same counts, in the same markup, from the same SQL.
 * Otherwise the benchmark would compare two different pages.
 */
@ActiveProfiles("bench")
@Import(StatementCounter.Configuration.class)
class BaselineTimelineServletTest extends WebTest {

    private static final String BASELINE = "/bench/b1";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PageCache pageCache;

    private long idOf(String slug) {
        return jdbc.sql("select id from article where slug = ?").param(slug).query(Long.class).single();
    }

    private static List<String> slugs(Document page) {
        return page.select(".entry").eachAttr("id").stream().map(id -> id.substring("entry-".length())).toList();
    }

    /** Every element in document order with its attributes and its own text: the markup, whitespace aside. */
    private static List<String> markup(Document page) {
        return page.getAllElements().stream().map(element -> element.tagName() + element.attributes() + " " + element.ownText())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?topic=space", "?from=2023-09-13&to=2024-03-31", "?q=shoigu", "?q=shoigu&order=relevance",
            "?order=desc", "?axis=published"})
    void listsTheSameArticlesInTheSameOrderAsTheTimeline(String query) {
        List<String> timeline = slugs(getOk("/" + query));

        assertThat(timeline).as(query).isNotEmpty();
        assertThat(slugs(getOk(BASELINE + query))).as(query).isEqualTo(timeline);
    }

    @Test
    void listsTheSameArticlesBeforeAndAfterAPageCursor() {
        for (String query : List.of("?after=" + idOf(B), "?before=" + idOf(A), "?order=desc&after=" + idOf(D),
                "?order=desc&before=" + idOf(B))) {
            List<String> timeline = slugs(getOk("/" + query));

            assertThat(timeline).as(query).isNotEmpty().hasSizeLessThan(5);
            assertThat(slugs(getOk(BASELINE + query))).as(query).isEqualTo(timeline);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?topic=space", "?from=2024-01-01&to=2024-12-31", "?q=shoigu", "?q=the", "?order=desc",
            "?entity=sergei-shoigu&entity=kim-jong-un"})
    void showsTheSameCountsAsTheTimeline(String query) {
        Document timeline = getOk("/" + query);
        Document baseline = getOk(BASELINE + query);

        assertThat(baseline.select(".result-count").text()).as(query).isEqualTo(timeline.select(".result-count").text())
                .matches("\\d+ of 5 articles .*");
        assertThat(baseline.select(".facet").eachText()).as(query).isEqualTo(timeline.select(".facet").eachText())
                .isNotEmpty();
        assertThat(baseline.select(".overview-counts td").eachText()).as(query)
                .isEqualTo(timeline.select(".overview-counts td").eachText());
    }

    @Test
    void showsWhichPartOfTheResultsAPageIsAndLinksToTheOthersAsTheTimelineDoes() {
        String after = "?after=" + idOf(B);
        Document timeline = getOk("/" + after);
        Document baseline = getOk(BASELINE + after);

        assertThat(baseline.select(".page-range").text()).isEqualTo("Showing articles 3–5.");
        assertThat(baseline.select(".timeline-pager a").eachAttr("href"))
                .containsExactly("/?before=" + idOf(A))
                .isEqualTo(timeline.select(".timeline-pager a").eachAttr("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?topic=space", "?from=2023-09-13&to=2024-03-31", "?q=shoigu", "?q=shoigu&order=relevance",
            "?order=desc", "?axis=published", "?axis=published&from=2023-11-13", "?q=the", "?q=zeppelin&topic=space",
            "?topic=no-such-topic&entity=no-such-entity&entity=nor-this", "?entity=sergei-shoigu&topic=space"})
    void writesTheSameMarkupAsTheTimeline(String query) {
        assertThat(markup(getOk(BASELINE + query))).as(query).isEqualTo(markup(getOk("/" + query)));
    }

    /** The markup is the same; so should the whitespace be, near enough, or the baseline sends less for no reason. */
    @Test
    void sendsAboutAsManyBytesAsTheTimeline() {
        assertThat(bytes(BASELINE)).isCloseTo(bytes("/"), Percentage.withPercentage(5));
    }

    private int bytes(String page) {
        Page answer = get(page);
        assertThat(answer.status()).as(page).isEqualTo(200);
        return answer.html().getBytes(StandardCharsets.UTF_8).length;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?topic=space", "?q=shoigu&order=relevance", "?after=2"})
    void runsTheSameThreeStatementsAsTheTimeline(String query) {
        assertThat(statementsOf(BASELINE + query)).as(query).hasSize(3).isEqualTo(statementsOf("/" + query));
    }

    /**
     * The statements of rendering a page, asked for a second time so that nothing of the first
     * request counts, with the page cache emptied in between (the baseline has none).
     */
    private List<String> statementsOf(String page) {
        getOk(page);
        pageCache.clear();
        return StatementCounter.executedBy(() -> getOk(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?from=2024-02-30", "?from=13/09/2023", "?from=2024-12-31&to=2024-01-01", "?axis=sideways",
            "?after=abc", "?after=1&before=2"})
    void answersABadAddressWithABadRequestThatSaysWhatIsWrong(String query) {
        Page timeline = get("/" + query);
        String problem = timeline.document().select(".error-detail").text();
        assertThat(timeline.status()).as(query).isEqualTo(400);
        assertThat(problem).as(query).isNotBlank();

        Page baseline = get(BASELINE + query);
        assertThat(baseline.status()).as(query).isEqualTo(400);
        assertThat(baseline.contentType()).startsWith("text/plain");
        assertThat(baseline.html()).as(query).startsWith(problem);
    }

    @Test
    void redirectsToTheShortAddressOfTheFilterAsTheTimelineDoes() {
        assertThat(get("/?q=&topic=space").location()).isEqualTo("/?topic=space");

        Page baseline = get(BASELINE + "?q=&topic=space");
        assertThat(baseline.status()).isEqualTo(302);
        assertThat(baseline.location()).isEqualTo(BASELINE + "?topic=space");
    }
}
