package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.E;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.WebTest;

/** The search box on the timeline, its parameter and its bad values, over real HTTP. */
class SearchPageTest extends WebTest {

    private static String q(String query) {
        return "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** A search in the timeline of one entry per article. */
    private static String articles(String query) {
        return q(query) + "&view=articles";
    }

    @Test
    void theSearchBoxIsLabelledAndKeepsTheQuery() {
        Document page = getOk(q("mutual defense"));

        assertThat(page.select("label[for=q]").text()).isEqualTo("Search the articles");
        assertThat(page.select("input#q[type=search][name=q]").val()).isEqualTo("mutual defense");
        assertThat(page.title()).startsWith("Search: mutual defense");
    }

    @Test
    void oneSearchFindsEveryArticleAboutAmmunitionWithTheMatchHighlighted() {
        Document page = getOk(articles("ammunition"));

        assertThat(page.select(".result-count").text()).startsWith("1 of 5 articles match ammunition,");
        assertThat(page.select(".result-count q").text()).isEqualTo("ammunition");
        assertThat(page.select("article.entry").eachAttr("id")).containsExactly("entry-" + E);
        assertThat(page.select(".entry .snippet mark").eachText()).containsExactly("ammunition");
    }

    @Test
    void aPhraseSearchFindsOnlyThePhrase() {
        Document page = getOk(articles("\"mutual defense\""));

        assertThat(page.select("article.entry").eachAttr("id")).containsExactly("entry-" + C);
        assertThat(page.select(".snippet mark").eachText()).containsExactly("mutual", "defense");
    }

    @Test
    void relevanceOrderIsAFlatRankedListAndTimelineOrderKeepsTheHeadings() {
        Document ranked = getOk(articles("shoigu") + "&order=relevance");
        Document timeline = getOk(articles("shoigu"));

        assertThat(ranked.select(".year-heading")).isEmpty();
        assertThat(ranked.select(".ranked article.entry").first().id()).isEqualTo("entry-" + C);
        assertThat(ranked.select("#order option[selected]").val()).isEqualTo("relevance");
        assertThat(timeline.select(".year-heading").eachText()).containsExactly("2023", "2025");
        assertThat(timeline.select("article.entry").eachAttr("id"))
                .containsExactly("entry-" + E, "entry-" + A, "entry-" + C);
    }

    @Test
    void aSearchThatMatchesNothingSaysSoAndOffersToDropTheOtherFilters() {
        Document page = getOk(q("shoigu") + "&topic=terrorism-condolences");

        assertThat(page.select("#empty-heading").text()).isEqualTo("No articles match shoigu with these filters");
        assertThat(page.select("#empty-heading q").text()).isEqualTo("shoigu");
        assertThat(page.select(".suggestions a").eachAttr("href"))
                .containsExactly("/?q=shoigu", "/?topic=terrorism-condolences");
    }

    @Test
    void aSearchOfOnlyCommonWordsExplainsWhyNothingMatched() {
        assertThat(getOk(q("the")).select(".notice").text()).contains("only words too common to search for");
    }

    @Test
    void anEmptyOrBlankSearchIsNoSearch() {
        assertThat(get("/?q=").location()).isEqualTo("/");
        assertThat(get("/?q=%20%20%20").location()).isEqualTo("/");
        assertThat(get("/?q=&topic=space").location()).isEqualTo("/?topic=space");
    }

    @Test
    void extraWhitespaceIsTidiedInTheAddress() {
        assertThat(get("/?q=%20mutual%20%20%20defense%20").location()).isEqualTo("/?q=mutual+defense");
    }

    @Test
    void relevanceWithoutASearchFallsBackToTimelineOrder() {
        assertThat(get("/?order=relevance").location()).isEqualTo("/");
        assertThat(get("/?order=relevance&topic=space").location()).isEqualTo("/?topic=space");
    }

    @Test
    void syntaxPostgresCannotParseNeverGivesAnErrorPage() {
        for (String query :
                new String[] {"\"", "(", "!!", ":*", "& | <->", "-", "or", "\"unterminated ( !!", "'", "\\"}) {
            assertThat(get(q(query)).status()).as(query).isEqualTo(200);
        }
    }

    @Test
    void markupInTheSearchIsEscapedEverywhere() {
        Page page = get(q("<script>alert(1)</script>\"><b>x"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).doesNotContain("<script>alert(1)").doesNotContain("\"><b>x");
        assertThat(page.document().select("input#q").val()).isEqualTo("<script>alert(1)</script>\"><b>x");
    }

    @Test
    void badSearchValuesAreRefusedWithAClearMessage() {
        Page repeated = get("/?q=kim&q=putin");
        Page overlong = get(q("x".repeat(201)));
        Page control = get("/?q=kim%00");

        assertThat(repeated.status()).isEqualTo(400);
        assertThat(repeated.mainText()).contains("“q” was given 2 times; it takes one value.");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.mainText()).contains("no valid value is longer than 200");
        assertThat(control.status()).isEqualTo(400);
    }

    @Test
    void linksFromResultsCarryTheSearchToTheArticle() {
        Document page = getOk(articles("ammunition"));

        assertThat(page.select("article.entry .entry-headline a").attr("href"))
                .isEqualTo("/articles/" + E + "?q=ammunition&view=articles");
        assertThat(getOk(q("ammunition"))
                        .select("article.entry .event-reports a")
                        .attr("href"))
                .isEqualTo("/articles/" + E + "?q=ammunition");
    }

    @Test
    void theArticleHighlightsTheSearchAndLinksToTheFirstMatch() {
        Document page = getOk("/articles/" + E + "?q=ammunition");

        assertThat(page.select(".article-body mark").eachText()).containsExactly("ammunition");
        assertThat(page.select("mark#first-match")).hasSize(1);
        assertThat(page.select(".search-matches a[href=#first-match]").text()).isEqualTo("Jump to the first match");
        assertThat(getOk("/articles/" + E).select(".article-body mark, .search-matches"))
                .isEmpty();
    }

    @Test
    void anArticleWithoutMatchesInItsTextSaysSo() {
        Document page = getOk("/articles/" + E + "?q=zeppelin");

        assertThat(page.select(".search-matches").text())
                .isEqualTo("No word of the text matches your search zeppelin.");
        assertThat(page.select("mark")).isEmpty();
    }

    @Test
    void highlightingLeavesEveryWordOfTheArticleInPlace() {
        String plain = getOk("/articles/" + A).select(".article-body").text();
        String highlighted = getOk(
                        "/articles/" + A + "?q=" + URLEncoder.encode("kim or drones or russia", StandardCharsets.UTF_8))
                .select(".article-body")
                .text();

        assertThat(highlighted).isEqualTo(plain);
    }
}
