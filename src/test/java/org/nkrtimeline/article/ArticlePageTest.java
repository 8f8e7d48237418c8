package org.nkrtimeline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nkrtimeline.support.SeedArticle;
import org.nkrtimeline.support.WebTest;

class ArticlePageTest extends WebTest {

    static Stream<Arguments> seedFiles() {
        return Stream.of(
                Arguments.of("000_9fdcb7eda448ad73.txt", A),
                Arguments.of("001_63f00d1e24bae175.txt", B),
                Arguments.of("002_3e0a99eda329033e.txt", C),
                Arguments.of("003_7f6c460341325119.txt", D),
                Arguments.of("004_45fa822bdd41d378.txt", E));
    }

    private Document article(String slug) {
        return getOk("/articles/" + slug);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFiles")
    void showsEveryLineOfTheSourceVerbatimAndInOrder(String file, String slug) {
        List<String> shown =
                article(slug).select(".article-body > p, .article-body > h2").eachText();

        assertThat(shown).containsExactlyElementsOf(SeedArticle.ofFile(file).lines());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFiles")
    void everyParagraphHasAStableAnchorWithALinkToItAndHeadingsNone(String file, String slug) {
        Document page = article(slug);
        List<Element> paragraphs = page.select(".article-body > p");

        assertThat(paragraphs).hasSizeGreaterThan(3);
        for (int i = 0; i < paragraphs.size(); i++) {
            Element paragraph = paragraphs.get(i);
            String anchor = "p" + (i + 1);
            assertThat(paragraph.id()).isEqualTo(anchor);
            Element link = paragraph.child(0);
            assertThat(link.is("a.paragraph-link")).isTrue();
            assertThat(link.attr("href")).isEqualTo("#" + anchor);
            assertThat(link.attr("aria-label")).isEqualTo("Link to paragraph " + (i + 1));
            assertThat(link.text())
                    .as("the mark is the stylesheet's: the text stays the source's")
                    .isEmpty();
        }
        assertThat(page.select(".article-body > h2[id], .article-body > h2 a.paragraph-link"))
                .isEmpty();
        assertThat(page.select(".article-body [id]").eachAttr("id"))
                .as("anchors are unique on the page")
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFiles")
    void showsEverySentenceOfTheSourceInOrder(String file, String slug) {
        String body = article(slug).select(".article-body").text();
        List<String> sentences = SeedArticle.ofFile(file).sentences();

        int from = 0;
        for (String sentence : sentences) {
            int at = body.indexOf(sentence, from);
            assertThat(at).as("sentence after offset %d: %s", from, sentence).isGreaterThanOrEqualTo(0);
            from = at + sentence.length();
        }
        assertThat(sentences).hasSizeGreaterThan(10);
        assertThat(body)
                .doesNotContain("Advertisment")
                .doesNotContain("Read the original article here")
                .doesNotContain("date 20");
    }

    @Test
    void theNoteAboutTheTextNamesEveryLineLeftOutAsScrapingDebris() {
        assertThat(article(C).select(".text-note").text())
                .isEqualTo("The text as the source has it: every sentence, in order. "
                        + "One line of scraping debris was left out: “Read the original article here”.");
        assertThat(article(D).select(".text-note").text())
                .isEqualTo("The text as the source has it: every sentence, in order. "
                        + "One line of scraping debris was left out: “Advertisment”.");
        assertThat(article(A).select(".text-note").text())
                .as("nothing was left out of this one")
                .isEqualTo("The text as the source has it: every sentence, in order.");
    }

    @Test
    void theProvenanceSectionShowsTheRepostMarkerAndTheAttributionsOf002() {
        Document page = article(C);

        assertThat(page.select("section.provenance > h2").text()).isEqualTo("Provenance");
        assertThat(page.select("section.provenance").attr("aria-labelledby")).isEqualTo("provenance-heading");
        assertThat(page.select("section.provenance > p").eachText())
                .startsWith(
                        "The source file names no source.",
                        "The source says it is a repost: Read the original article here",
                        "Attributes its information to:");
        assertThat(page.select("section.provenance > p > q").eachText())
                .as("quoted as the source wrote it")
                .containsExactly("Read the original article here");
        assertThat(page.select(".attributions li").eachText())
                .containsExactly("South Korean intelligence: The meeting follows South Korean intelligence suggesting "
                        + "North Korean troop deployments to aid Russia in the conflict.");
        assertThat(page.select(".attributions li q").eachText())
                .containsExactly("The meeting follows South Korean intelligence suggesting "
                        + "North Korean troop deployments to aid Russia in the conflict.");
        assertThat(page.select(".attributions li a").attr("href")).isEqualTo("/entities/south-korean-intelligence");
    }

    @Test
    void theProvenanceSectionOf003AttributesItsInformationToKcna() {
        Document page = article(D);

        assertThat(page.select("section.provenance > p").eachText())
                .startsWith("The source file names no source.", "Attributes its information to:")
                .noneMatch(line -> line.contains("repost"));
        assertThat(page.select(".attributions li a").eachAttr("href")).containsExactly("/entities/kcna");
        assertThat(page.select(".attributions li").eachText())
                .containsExactly("Korean Central News Agency: The North Korean leader's message, as reported by the "
                        + "KCNA state news agency, underlines a growing personal camaraderie between him and Putin.");
    }

    @Test
    void theSeedsWithoutARepostMarkerNameNoSourceEither() {
        for (String slug : List.of(A, B, E)) {
            Document page = article(slug);
            assertThat(page.select("section.provenance > p").first().text())
                    .as(slug)
                    .isEqualTo("The source file names no source.");
            assertThat(page.select("section.provenance").text()).as(slug).doesNotContain("repost");
        }
    }

    @Test
    void shortHeadingLinesOfTheSourceAreSubheadings() {
        assertThat(article(D).select(".article-body h2").eachText())
                .containsExactly(
                        "Deepening Diplomatic Ties Amidst Tragedy", "The Context of Collaboration and Controversy");
    }

    @Test
    void showsHeadlineDatesTopicsAndReadingTime() {
        Document page = article(A);

        assertThat(page.select("h1").text())
                .isEqualTo("Kim Jong Un returns from Russia with gifts including a fur hat and drones");
        assertThat(page.title()).startsWith("Kim Jong Un returns from Russia");
        assertThat(page.select(".date-row").eachText())
                .containsExactly(
                        "Event 19 Sep 2023 Kim was back in Pyongyang on 19 Sep 2023; he had left Russia on 17 Sep, "
                                + "at the end of a visit that began on 12 Sep. Source for this date",
                        "Published 12 Nov 2023, 54 days later");
        assertThat(page.select(".article-header .chip").eachText())
                .containsExactly("Arms & military cooperation", "Gifts & symbolism", "Sanctions & the UN");
        assertThat(page.select(".reading-time").text()).isEqualTo("3 min read · 506 words");
    }

    @Test
    void theEstimatedDateCarriesItsReasonAndSource() {
        Document page = article(C);

        assertThat(page.select(".date-row").get(0).select("time").attr("datetime"))
                .isEqualTo("2025-03-21");
        assertThat(page.select(".date-row .estimate-badge").text()).isEqualTo("estimate");
        assertThat(page.select(".date-row").get(0).text()).contains("about 90% confidence");
        assertThat(page.select(".date-row").get(0).select("a").attr("href")).startsWith("https://www.anews.com.tr/");
        assertThat(page.select(".date-row").get(1).text())
                .isEqualTo("Published Publication date not given in the source (probably 21–23 Mar 2025)");
    }

    @Test
    void previousAndNextFollowTheTimelineOrder() {
        Document page = article(B);

        assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/articles/" + E);
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/articles/" + A);
        assertThat(article(E).select("a[rel=prev]")).isEmpty();
        assertThat(article(C).select("a[rel=next]")).isEmpty();
    }

    @Test
    void theReadersFiltersAreKeptInTheBackLinkAndInPreviousAndNext() {
        Page page = get("/articles/" + B + "?axis=published&topic=space");
        Document document = page.document();

        assertThat(page.status()).isEqualTo(200);
        // Grouped by event (the default), B is under the 2023 visit's entry.
        assertThat(document.select(".back a").attr("href"))
                .isEqualTo("/?axis=published&topic=space#event-kim-jong-un-visits-russia-2023");
        assertThat(document.select("a[rel=prev]").attr("href"))
                .isEqualTo("/articles/" + E + "?axis=published&topic=space");
        assertThat(document.select("a[rel=next]")).isEmpty();
    }
}
