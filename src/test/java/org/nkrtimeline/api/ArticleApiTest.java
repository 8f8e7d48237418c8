package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nkrtimeline.support.SeedArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/v1/articles and /api/v1/articles/{slug}, over HTTP, on the five seed articles. */
class ArticleApiTest extends ApiTest {

    /** The seeds in timeline order (event date, then publication date). */
    static final List<String> TIMELINE = List.of(E, B, A, D, C);

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> seeds() {
        List<SeedArticle> files = SeedArticle.all();
        List<String> slugs = List.of(A, B, C, D, E);
        return Stream.of(0, 1, 2, 3, 4).map(i -> Arguments.of(files.get(i).file(), slugs.get(i)));
    }

    @Test
    void listsEveryArticleInTimelineOrderOnOnePageWithItsCounts() {
        JsonNode list = ok("/api/v1/articles");

        assertThat(texts(list.get("articles"), "slug")).containsExactlyElementsOf(TIMELINE);
        assertThat(list.at("/count/matching").asLong()).isEqualTo(5);
        assertThat(list.at("/count/total").asLong()).isEqualTo(5);
        assertThat(list.at("/count/first").asLong()).isEqualTo(1);
        assertThat(list.at("/count/last").asLong()).isEqualTo(5);
        assertThat(list.at("/links/self").asText()).isEqualTo(SITE + "/api/v1/articles");
        assertThat(list.at("/links/next").isNull()).isTrue();
        assertThat(list.at("/links/previous").isNull()).isTrue();
    }

    @Test
    void aSummaryHasTheArticlesHeadlineLinksDatesTopicsAndLede() {
        JsonNode summary = summaryOf(ok("/api/v1/articles"), D);

        assertThat(summary.get("headline").asText())
                .isEqualTo(SeedArticle.ofFile("003_7f6c460341325119.txt").headline());
        assertThat(summary.get("url").asText()).isEqualTo(SITE + "/articles/" + D);
        assertThat(summary.get("apiUrl").asText()).isEqualTo(SITE + "/api/v1/articles/" + D);
        assertThat(summary.at("/eventDate/date").asText()).isEqualTo("2024-03-23");
        assertThat(summary.at("/eventDate/precision").asText()).isEqualTo("day");
        assertThat(summary.at("/eventDate/estimated").asBoolean()).isFalse();
        assertThat(summary.at("/eventDate/sourceUrl").asText()).startsWith("http://www2.straitstimes.com/");
        assertThat(summary.at("/publishedDate/date").asText()).isEqualTo("2024-03-23");
        assertThat(summary.at("/publishedDate/note").isNull()).isTrue();
        assertThat(texts(summary.get("topics"), "slug"))
                .containsExactly(
                        "arms-military-cooperation", "war-in-ukraine", "sanctions-un", "terrorism-condolences");
        assertThat(texts(summary.get("topics"), "name")).contains("Terrorism & condolences");
        assertThat(SeedArticle.ofFile("003_7f6c460341325119.txt").lines().get(0))
                .startsWith(summary.get("lede").asText());
    }

    @Test
    void anArticleWithoutAPublicationDateHasANullDateWithItsNoteAndItsEstimateIsLabelledWithTheReason() {
        for (JsonNode article : List.of(summaryOf(ok("/api/v1/articles"), C), ok("/api/v1/articles/" + C))) {
            assertThat(article.at("/publishedDate/date").isNull()).isTrue();
            assertThat(article.at("/publishedDate/note").asText())
                    .isEqualTo("publication date not given in the source (probably 21–23 Mar 2025)");
            assertThat(article.at("/eventDate/date").asText()).isEqualTo("2025-03-21");
            assertThat(article.at("/eventDate/estimated").asBoolean()).isTrue();
            assertThat(article.at("/eventDate/note").asText()).startsWith("Estimated, with about 90% confidence");
            assertThat(article.at("/eventDate/sourceUrl").asText()).startsWith("https://www.anews.com.tr/");
        }
    }

    @Test
    void anArticleWithoutAnEventDateHasANullEventDateAndComesLast() {
        jdbc.sql("update article set event_date = null, event_date_estimated = false where slug = ?")
                .param(A)
                .update();
        try {
            JsonNode list = ok("/api/v1/articles");
            assertThat(texts(list.get("articles"), "slug")).containsExactly(E, B, D, C, A);
            assertThat(summaryOf(list, A).get("eventDate").isNull()).isTrue();
            assertThat(ok("/api/v1/articles/" + A).get("eventDate").isNull()).isTrue();
        } finally {
            jdbc.sql("update article set event_date = date '2023-09-19' where slug = ?")
                    .param(A)
                    .update();
        }
    }

    @Test
    void aDateKnownOnlyToTheMonthIsGivenToTheMonth() {
        jdbc.sql("update article set event_date = date '2024-03-01', event_date_precision = 'MONTH' where slug = ?")
                .param(D)
                .update();
        try {
            assertThat(ok("/api/v1/articles/" + D).at("/eventDate/date").asText())
                    .isEqualTo("2024-03");
            assertThat(ok("/api/v1/articles/" + D).at("/eventDate/precision").asText())
                    .isEqualTo("month");
        } finally {
            jdbc.sql("update article set event_date = date '2024-03-23', event_date_precision = 'DAY' where slug = ?")
                    .param(D)
                    .update();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            order=desc                                       | C D A B E
            axis=published                                   | E A B D C
            axis=published&order=desc                        | D B A E C
            topic=space                                      | E B
            topic=space&topic=terrorism-condolences          | E B D
            from=2024-01-01&to=2024-12-31                    | D
            from=2024-01-01                                  | D C
            to=2023-09-13                                    | E B
            axis=published&from=2023-11-13                   | B D
            """)
    void filtersAsTheTimelineDoes(String query, String expected) {
        List<String> slugs = texts(ok("/api/v1/articles?" + query).get("articles"), "slug");

        assertThat(slugs)
                .containsExactlyElementsOf(Stream.of(expected.split(" "))
                        .map(ArticleApiTest::slugOf)
                        .toList());
    }

    @Test
    void aDateRangeOnThePublicationAxisCountsTheUndatedItLeftOut() {
        JsonNode list = ok("/api/v1/articles?axis=published&from=2024-01-01");

        assertThat(texts(list.get("articles"), "slug")).containsExactly(D);
        assertThat(list.at("/count/undatedLeftOut").asLong()).isEqualTo(1);
        assertThat(list.at("/links/self").asText()).isEqualTo(SITE + "/api/v1/articles?axis=published&from=2024-01-01");
    }

    @Test
    void entitiesCombineWithAllOfAndMatchWhatTheArticlesMention() {
        List<String> shoigu = mentioning("sergei-shoigu");
        List<String> shoiguAndPyongyang = mentioning("sergei-shoigu", "pyongyang");

        assertThat(texts(ok("/api/v1/articles?entity=sergei-shoigu").get("articles"), "slug"))
                .containsExactlyElementsOf(shoigu)
                .hasSize(3);
        assertThat(texts(
                        ok("/api/v1/articles?entity=sergei-shoigu&entity=pyongyang")
                                .get("articles"),
                        "slug"))
                .containsExactlyElementsOf(shoiguAndPyongyang);
        assertThat(shoiguAndPyongyang).isNotEmpty().hasSizeLessThan(shoigu.size());
    }

    @Test
    void aSearchFindsTheArticlesWhoseTextHasTheWordInAnyOrder() {
        List<String> withShoigu = TIMELINE.stream()
                .filter(slug -> bodyText(ok("/api/v1/articles/" + slug))
                        .toLowerCase(Locale.ROOT)
                        .contains("shoigu"))
                .toList();

        assertThat(texts(ok("/api/v1/articles?q=shoigu").get("articles"), "slug"))
                .containsExactlyElementsOf(withShoigu);
        assertThat(texts(ok("/api/v1/articles?q=shoigu&order=relevance").get("articles"), "slug"))
                .containsExactlyInAnyOrderElementsOf(withShoigu);
        assertThat(ok("/api/v1/articles?q=zeppelin").get("articles")).isEmpty();
        assertThat(withShoigu).isNotEmpty().hasSizeLessThan(5);
    }

    @Test
    void nextLinksPageThroughEverythingAndPreviousLinksPageBack() {
        List<List<String>> pages = new ArrayList<>();
        List<Long> firsts = new ArrayList<>();
        List<String> previousLinks = new ArrayList<>();
        String link = SITE + "/api/v1/articles?limit=2";
        while (link != null) {
            assertThat(pages).as("pages before " + link).hasSizeLessThan(3);
            JsonNode page = ok(path(link));
            pages.add(texts(page.get("articles"), "slug"));
            firsts.add(page.at("/count/first").asLong());
            assertThat(page.at("/links/self").asText()).isEqualTo(link);
            previousLinks.add(
                    page.at("/links/previous").isNull()
                            ? null
                            : page.at("/links/previous").asText());
            link = page.at("/links/next").isNull()
                    ? null
                    : page.at("/links/next").asText();
        }

        assertThat(pages).containsExactly(List.of(E, B), List.of(A, D), List.of(C));
        assertThat(firsts).containsExactly(1L, 3L, 5L);
        assertThat(previousLinks.get(0)).isNull();
        assertThat(texts(ok(path(previousLinks.get(2))).get("articles"), "slug"))
                .containsExactly(A, D);
        assertThat(texts(ok(path(previousLinks.get(1))).get("articles"), "slug"))
                .containsExactly(E, B);
    }

    @Test
    void pageLinksKeepTheFilterAndTheLimit() {
        JsonNode first = ok("/api/v1/articles?topic=arms-military-cooperation&order=desc&limit=2");
        String next = first.at("/links/next").asText();

        assertThat(next)
                .startsWith(SITE + "/api/v1/articles?order=desc&topic=arms-military-cooperation&limit=2&after=");
        JsonNode second = ok(path(next));
        assertThat(texts(second.get("articles"), "slug")).containsExactly(A, B);
        assertThat(second.at("/count/first").asLong()).isEqualTo(3);
        assertThat(second.at("/count/matching").asLong()).isEqualTo(5);
    }

    @Test
    void linksUseTheConfiguredSiteAddressWhateverTheRequestSaysItsHostIs() {
        Answer answer =
                api("/api/v1/articles?limit=1", "X-Forwarded-Host", "attacker.example", "X-Forwarded-Proto", "https");

        assertThat(answer.body()).doesNotContain("attacker.example");
        assertThat(answer.json().at("/links/next").asText()).startsWith(SITE + "/api/v1/articles?limit=1&after=");
        assertThat(answer.json().at("/articles/0/url").asText()).startsWith(SITE + "/articles/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theFullTextIsEveryParagraphAndHeadingOfTheSourceInOrder(String file, String slug) {
        JsonNode article = ok("/api/v1/articles/" + slug);

        assertThat(texts(article.get("body"), "text"))
                .containsExactlyElementsOf(SeedArticle.ofFile(file).lines());
        assertThat(texts(article.get("body"), "type"))
                .allMatch(type -> type.equals("paragraph") || type.equals("heading"));
        int paragraph = 0;
        for (JsonNode block : article.get("body")) {
            if (block.get("type").asText().equals("heading")) {
                assertThat(block.get("url").isNull())
                        .as("a heading has no anchor")
                        .isTrue();
            } else {
                assertThat(block.get("url").asText())
                        .as("the same anchor as the paragraph's on the page")
                        .isEqualTo(article.get("url").asText() + "#p" + ++paragraph);
            }
        }
        assertThat(article.get("headline").asText())
                .isEqualTo(SeedArticle.ofFile(file).headline());
        int from = 0;
        String text = bodyText(article);
        for (String sentence : SeedArticle.ofFile(file).sentences()) {
            int at = text.indexOf(sentence, from);
            assertThat(at).as("sentence after offset %d: %s", from, sentence).isGreaterThanOrEqualTo(0);
            from = at + sentence.length();
        }
    }

    @Test
    void anArticleHasItsTopicsEntitiesWithMentionCountsReferencesAndNoCorrection() {
        JsonNode article = ok("/api/v1/articles/" + C);

        assertThat(texts(article.get("topics"), "slug"))
                .containsExactly(
                        "summit-diplomacy",
                        "arms-military-cooperation",
                        "war-in-ukraine",
                        "sanctions-un",
                        "defence-treaty-troops");
        JsonNode shoigu = null;
        for (JsonNode entity : article.get("entities")) {
            if (entity.get("slug").asText().equals("sergei-shoigu")) {
                shoigu = entity;
            }
        }
        assertThat(shoigu).isNotNull();
        assertThat(shoigu.get("kind").asText()).isEqualTo("person");
        assertThat(shoigu.get("mentions").asInt()).isPositive();
        assertThat(shoigu.get("apiUrl").asText()).isEqualTo(SITE + "/api/v1/entities/sergei-shoigu");
        List<Integer> counts = new ArrayList<>();
        article.get("entities")
                .forEach(entity -> counts.add(entity.get("mentions").asInt()));
        assertThat(counts).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        assertThat(article.get("references")).hasSize(2);
        assertThat(article.get("references").get(0).asText()).startsWith("https://www.daytondailynews.com/");
        assertThat(article.get("correctedAt").isNull()).isTrue();
        assertThat(article.get("wordCount").asInt()).isPositive();
    }

    @Test
    void aHiddenArticleIsInNoListNoCountAndHasNoApiPage() {
        jdbc.sql("update article set hidden = true where slug = ?").param(D).update();
        try {
            JsonNode list = ok("/api/v1/articles");
            assertThat(texts(list.get("articles"), "slug")).containsExactly(E, B, A, C);
            assertThat(list.at("/count/total").asLong()).isEqualTo(4);
            assertThat(ok("/api/v1/articles?topic=terrorism-condolences").get("articles"))
                    .isEmpty();
            assertThat(ok("/api/v1/articles?q=condolences").toString()).doesNotContain(D);
            Answer detail = api("/api/v1/articles/" + D);
            assertThat(detail.status()).isEqualTo(404);
            assertThat(detail.contentType()).isEqualTo(ApiProblems.MEDIA_TYPE);
            assertThat(ok("/api/v1/topics").toString()).contains("\"slug\":\"terrorism-condolences\"");
            for (JsonNode topic : ok("/api/v1/topics").get("topics")) {
                if (topic.get("slug").asText().equals("terrorism-condolences")) {
                    assertThat(topic.get("articleCount").asLong()).isZero();
                }
            }
        } finally {
            jdbc.sql("update article set hidden = false where slug = ?")
                    .param(D)
                    .update();
        }
    }

    @Test
    void aFormerSlugOfAPublicArticleIsAPermanentRedirectToItsCurrentUrlAndNoOtherSlugIs() {
        // As when an article's slug followed its headline before publication (V17's article_slug).
        jdbc.sql("update article set slug = 'condolences-after-the-crocus-attack' where slug = ?")
                .param(D)
                .update();
        try {
            Answer former = api("/api/v1/articles/" + D);

            assertThat(former.status()).isEqualTo(301);
            assertThat(former.header("Location"))
                    .isEqualTo(SITE + "/api/v1/articles/condolences-after-the-crocus-attack");
            assertThat(ok("/api/v1/articles/condolences-after-the-crocus-attack")
                            .get("slug")
                            .asText())
                    .isEqualTo("condolences-after-the-crocus-attack");

            jdbc.sql("update article set hidden = true where slug = 'condolences-after-the-crocus-attack'")
                    .update();
            pageCache.clear();
            assertThat(api("/api/v1/articles/" + D).status())
                    .as("a hidden article has no address, former or current")
                    .isEqualTo(404);
        } finally {
            jdbc.sql("update article set slug = ?, hidden = false where slug = 'condolences-after-the-crocus-attack'")
                    .param(D)
                    .update();
            jdbc.sql("delete from article_slug where slug = 'condolences-after-the-crocus-attack'")
                    .update();
        }
    }

    @Test
    void anArticleGivesItsProvenanceItsSourceItsRepostMarkerAndWhomItAttributesItsInformationTo() {
        JsonNode c = ok("/api/v1/articles/" + C).get("provenance");

        assertThat(c.get("sourceName").isNull()).isTrue();
        assertThat(c.get("sourceUrl").isNull()).isTrue();
        assertThat(c.get("markers")).hasSize(1);
        assertThat(c.at("/markers/0/kind").asText()).isEqualTo("repost");
        assertThat(c.at("/markers/0/line").asText()).isEqualTo("Read the original article here");
        assertThat(texts(c.get("attributions"), "slug")).containsExactly("south-korean-intelligence");
        assertThat(c.at("/attributions/0/name").asText()).isEqualTo("South Korean intelligence");
        assertThat(c.at("/attributions/0/sentence").asText())
                .isEqualTo("The meeting follows South Korean intelligence suggesting North Korean troop deployments "
                        + "to aid Russia in the conflict.");
        assertThat(c.at("/attributions/0/apiUrl").asText())
                .isEqualTo(SITE + "/api/v1/entities/south-korean-intelligence");

        JsonNode d = ok("/api/v1/articles/" + D).get("provenance");
        assertThat(d.get("markers")).isEmpty();
        assertThat(texts(d.get("attributions"), "slug")).containsExactly("kcna");
        assertThat(d.at("/attributions/0/sentence").asText()).contains("as reported by the KCNA state news agency");
        for (String slug : List.of(A, B, E)) {
            JsonNode provenance = ok("/api/v1/articles/" + slug).get("provenance");
            assertThat(provenance.get("sourceName").isNull()).as(slug).isTrue();
            assertThat(provenance.get("markers")).as(slug).isEmpty();
        }
    }

    private List<String> mentioning(String... entities) {
        return TIMELINE.stream()
                .filter(slug -> {
                    List<String> mentioned =
                            texts(ok("/api/v1/articles/" + slug).get("entities"), "slug");
                    return mentioned.containsAll(List.of(entities));
                })
                .toList();
    }

    private static String bodyText(JsonNode article) {
        return String.join("\n", texts(article.get("body"), "text"));
    }

    private static JsonNode summaryOf(JsonNode list, String slug) {
        for (JsonNode summary : list.get("articles")) {
            if (summary.get("slug").asText().equals(slug)) {
                return summary;
            }
        }
        throw new AssertionError(slug + " not in " + list);
    }

    private static String slugOf(String letter) {
        return switch (letter) {
            case "A" -> A;
            case "B" -> B;
            case "C" -> C;
            case "D" -> D;
            case "E" -> E;
            default -> throw new IllegalArgumentException(letter);
        };
    }
}
