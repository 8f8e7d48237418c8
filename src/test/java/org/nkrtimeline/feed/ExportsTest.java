package org.nkrtimeline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The CSV and TimelineJS files of a timeline view, over real HTTP, read back with a strict CSV reader and Jackson. */
@TestPropertySource(properties = "timeline.site-url=https://timeline.example.org")
class ExportsTest extends WebTest {

    private static final String SITE = "https://timeline.example.org";
    private static final List<String> HEADER = List.of(
            "slug",
            "url",
            "headline",
            "event_date",
            "event_precision",
            "event_estimated",
            "estimate_reason",
            "published_date",
            "published_note",
            "topics",
            "entities",
            "lede",
            "event",
            "event_title",
            "report_role");
    private static final int GENERATED = 1_203;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeExtraArticles() {
        Editorial.reset(jdbc);
    }

    // --- CSV

    @Test
    void theCsvFileHasAHeaderRowAndEveryArticleOfTheViewInItsOrder() {
        Page page = get("/export.csv");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/csv;header=present;charset=UTF-8");
        assertThat(page.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"north-korea-russia-timeline.csv\"");
        List<List<String>> records = Csv.parse(page.html());
        assertThat(records.get(0)).isEqualTo(HEADER);
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(HEADER.size()));
        assertThat(slugs(records)).containsExactly(E, B, A, D, C);
        assertThat(slugs(Csv.parse(get("/export.csv?order=desc").html()))).containsExactly(C, D, A, B, E);
    }

    @Test
    void aCsvRowHasTheArticlesDatesAsHonestlyAsThePage() {
        Map<String, String> estimated = row(Csv.parse(get("/export.csv").html()), C);

        assertThat(estimated.get("url")).isEqualTo(SITE + "/articles/" + C);
        assertThat(estimated.get("headline")).isEqualTo(column(C, "headline"));
        assertThat(estimated.get("event_date")).isEqualTo("2025-03-21");
        assertThat(estimated.get("event_precision")).isEqualTo("day");
        assertThat(estimated.get("event_estimated")).isEqualTo("true");
        assertThat(estimated.get("estimate_reason"))
                .isEqualTo(column(C, "event_date_note"))
                .startsWith("Estimated");
        assertThat(estimated.get("published_date")).isEmpty();
        assertThat(estimated.get("published_note"))
                .isEqualTo("publication date not given in the source (probably 21–23 Mar 2025)");
        assertThat(estimated.get("topics").split("; ")).hasSize(5);
        assertThat(estimated.get("entities")).contains("Sergei Shoigu");
        assertThat(estimated.get("lede")).isEqualTo(column(C, "lede"));

        assertThat(estimated.get("event")).isEqualTo(SITE + "/events/shoigu-visits-pyongyang-2025");
        assertThat(estimated.get("event_title")).isNotBlank();
        assertThat(estimated.get("report_role")).isEqualTo("first_report");
        assertThat(row(Csv.parse(get("/export.csv").html()), A).get("report_role"))
                .isEqualTo("follow_up");

        Map<String, String> dated = row(Csv.parse(get("/export.csv").html()), D);
        assertThat(dated.get("event_estimated")).isEqualTo("false");
        assertThat(dated.get("estimate_reason")).isEmpty();
        assertThat(dated.get("published_date")).isEqualTo("2024-03-23");
    }

    @Test
    void theCsvFileFollowsTheFiltersOfThePage() {
        assertThat(slugs(Csv.parse(get("/export.csv?topic=space").html()))).containsExactly(E, B);
        assertThat(slugs(Csv.parse(get("/export.csv?q=drones").html()))).containsExactly(A);
        assertThat(slugs(Csv.parse(get("/export.csv?q=kim&order=relevance").html())))
                .containsExactly(E, B, A, D, C);
        assertThat(Csv.parse(get("/export.csv?q=zeppelin").html())).containsExactly(HEADER);
    }

    @Test
    void commasQuotesAndFormulasInTheDataSurviveTheRoundTripAndNoCellIsAFormula() {
        ExtraArticle.on(
                        "a-formula",
                        "=HYPERLINK(\"http://evil.example\",\"click\")",
                        "+1 sanctions, and more.",
                        LocalDate.of(2024, 6, 1),
                        "MONTH")
                .insert(jdbc);
        ExtraArticle.on(
                        "a-quote",
                        "Kim says \"no\", then leaves",
                        "A text, with a comma.",
                        LocalDate.of(2022, 1, 1),
                        "YEAR")
                .insert(jdbc);

        String body = get("/export.csv").html();
        List<List<String>> records = Csv.parse(body);

        Map<String, String> formula = row(records, "a-formula");
        assertThat(formula.get("headline")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(formula.get("lede")).isEqualTo("'+1 sanctions, and more.");
        assertThat(formula.get("event_date")).isEqualTo("2024-06");
        assertThat(formula.get("event_precision")).isEqualTo("month");
        assertThat(body).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        Map<String, String> quote = row(records, "a-quote");
        assertThat(quote.get("headline")).isEqualTo("Kim says \"no\", then leaves");
        assertThat(quote.get("event_date")).isEqualTo("2022");
        assertThat(body).contains("\"Kim says \"\"no\"\", then leaves\"");
        for (List<String> record : records) {
            for (String cell : record) {
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                        .as(cell)
                        .isTrue();
            }
        }
    }

    @Test
    void theCsvFileHasEveryMatchingArticleNotOnePageInOrderWithoutRepeats() {
        generateArticles();

        List<String> slugs = slugs(Csv.parse(get("/export.csv").html()));

        List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, GENERATED)
                .mapToObj(i -> "generated-" + i)
                .toList());
        expected.addAll(List.of(E, B, A, D, C));
        assertThat(slugs).hasSize(GENERATED + 5).doesNotHaveDuplicates().isEqualTo(expected);
    }

    @Test
    void anUndatedArticleIsInTheCsvFileWithEmptyDates() {
        ExtraArticle.undated("an-undated-report", "An undated report", "Text of it.", null)
                .insert(jdbc);

        Map<String, String> undated = row(Csv.parse(get("/export.csv").html()), "an-undated-report");

        assertThat(undated.get("event_date")).isEmpty();
        assertThat(undated.get("event_precision")).isEmpty();
        assertThat(undated.get("event_estimated")).isEmpty();
        assertThat(undated.get("published_date")).isEmpty();
    }

    // --- TimelineJS

    @Test
    void theTimelineJsFileHasATitleAndASlidePerEventOrDatedArticleWithTheFieldsTimelineJsNeeds() throws Exception {
        Page page = get("/export/timelinejs.json");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("application/json");
        assertThat(page.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"north-korea-russia-timeline-timelinejs.json\"");
        JsonNode json = new ObjectMapper().readTree(page.html());
        assertThat(json.get("title").get("text").get("headline").asText())
                .isEqualTo("North Korea–Russia relations: a timeline");
        assertThat(json.get("title").has("start_date")).isFalse();
        JsonNode events = json.get("events");
        assertThat(events).hasSize(3);
        HashSet<String> ids = new HashSet<>();
        for (JsonNode event : events) {
            assertThat(event.get("start_date").get("year").isInt()).isTrue();
            assertThat(event.get("start_date").get("month").isInt()).isTrue();
            assertThat(event.get("start_date").get("day").isInt()).isTrue();
            assertThat(event.get("start_date").get("display_date").asText()).isNotBlank();
            assertThat(event.get("text").get("headline").asText()).isNotBlank();
            assertThat(event.get("text").get("text").asText()).contains("The event’s page");
            assertThat(event.get("group").asText()).isNotBlank();
            assertThat(ids.add(event.get("unique_id").asText())).isTrue();
        }
        assertThat(ids)
                .containsExactlyInAnyOrder(
                        "event-kim-jong-un-visits-russia-2023",
                        "event-kim-condolences-crocus-city-hall-2024",
                        "event-shoigu-visits-pyongyang-2025");
        assertThat(Jsoup.parse(json.get("title").get("text").get("text").asText())
                        .text())
                .contains("The articles that report one of 3 events share one slide per event");
    }

    @Test
    void anEventsSlideSpansItsDatesAndListsItsReportsWithTheEditorsSummary() throws Exception {
        JsonNode visit = event(timelineJs("/export/timelinejs.json"), "event-kim-jong-un-visits-russia-2023");

        assertThat(visit.at("/start_date/day").asInt()).isEqualTo(12);
        assertThat(visit.at("/end_date/day").asInt()).isEqualTo(19);
        assertThat(visit.at("/end_date/month").asInt()).isEqualTo(9);
        org.jsoup.nodes.Document text = Jsoup.parse(visit.at("/text/text").asText());
        assertThat(text.select("li a").eachAttr("href"))
                .containsExactly(SITE + "/articles/" + E, SITE + "/articles/" + B, SITE + "/articles/" + A);
        assertThat(text.text()).contains("3 reports in this view:", "Published 12 Nov 2023.");
        assertThat(text.select("a").last().attr("href")).isEqualTo(SITE + "/events/kim-jong-un-visits-russia-2023");
        assertThat(text.selectFirst("p").text())
                .isEqualTo(jdbc.sql("select summary from event where slug = 'kim-jong-un-visits-russia-2023'")
                        .query(String.class)
                        .single());
    }

    @Test
    void anEstimatedDateIsLabelledAsOneWithItsReason() throws Exception {
        JsonNode estimated = event(timelineJs("/export/timelinejs.json"), "event-shoigu-visits-pyongyang-2025");

        assertThat(estimated.get("start_date").get("year").asInt()).isEqualTo(2025);
        assertThat(estimated.get("start_date").get("month").asInt()).isEqualTo(3);
        assertThat(estimated.get("start_date").get("day").asInt()).isEqualTo(21);
        assertThat(estimated.get("start_date").get("display_date").asText()).isEqualTo("c. 21 Mar 2025 (estimate)");
        assertThat(Jsoup.parse(estimated.get("text").get("text").asText()).text())
                .contains("Event date: c. 21 Mar 2025 (estimate). Why: Estimated, with about 90% confidence");
    }

    @Test
    void aDateKnownToTheMonthOrYearHasNoDayOrMonthAndUndatedArticlesAreLeftOutAndCounted() throws Exception {
        ExtraArticle.on("a-month", "A report of a month", "Text.", LocalDate.of(2024, 6, 1), "MONTH")
                .insert(jdbc);
        ExtraArticle.on("a-year", "A report of a year", "Text.", LocalDate.of(2022, 1, 1), "YEAR")
                .insert(jdbc);
        ExtraArticle.undated("an-undated-report", "An undated report", "Text.", null)
                .insert(jdbc);

        JsonNode json = timelineJs("/export/timelinejs.json");

        JsonNode month = event(json, "a-month").get("start_date");
        assertThat(month.get("year").asInt()).isEqualTo(2024);
        assertThat(month.get("month").asInt()).isEqualTo(6);
        assertThat(month.has("day")).isFalse();
        assertThat(month.get("display_date").asText()).isEqualTo("Jun 2024");
        JsonNode year = event(json, "a-year").get("start_date");
        assertThat(year.get("year").asInt()).isEqualTo(2022);
        assertThat(year.has("month")).isFalse();
        assertThat(year.has("day")).isFalse();
        assertThat(year.get("display_date").asText()).isEqualTo("2022");
        assertThat(uniqueIds(json)).hasSize(5).doesNotContain("an-undated-report");
        assertThat(Jsoup.parse(json.get("title").get("text").get("text").asText())
                        .text())
                .contains("1 article with no event date is left out: a timeline cannot place it.");
    }

    @Test
    void onThePublicationAxisTheDatesArePublicationDatesAndTheArticleWithoutOneIsLeftOut() throws Exception {
        JsonNode json = timelineJs("/export/timelinejs.json?axis=published");

        assertThat(uniqueIds(json))
                .containsExactlyInAnyOrder(
                        "event-kim-jong-un-visits-russia-2023", "event-kim-condolences-crocus-city-hall-2024");
        JsonNode visit = event(json, "event-kim-jong-un-visits-russia-2023");
        assertThat(visit.at("/start_date/day").asInt()).isEqualTo(12);
        assertThat(visit.at("/start_date/month").asInt()).isEqualTo(11);
        assertThat(visit.at("/end_date/day").asInt()).isEqualTo(14);
        JsonNode d = event(json, "event-kim-condolences-crocus-city-hall-2024").get("start_date");
        assertThat(List.of(
                        d.get("year").asInt(),
                        d.get("month").asInt(),
                        d.get("day").asInt()))
                .containsExactly(2024, 3, 23);
        assertThat(Jsoup.parse(json.get("title").get("text").get("text").asText())
                        .text())
                .contains("1 article with no publication date is left out");
    }

    @Test
    void theTimelineJsFileFollowsTheFiltersAndSaysWhichInItsTitle() throws Exception {
        JsonNode json = timelineJs("/export/timelinejs.json?topic=space");

        assertThat(uniqueIds(json)).containsExactly("event-kim-jong-un-visits-russia-2023");
        assertThat(json.get("title").get("text").get("headline").asText())
                .isEqualTo("Topic: Space · North Korea–Russia relations");
    }

    @Test
    void theTimelineJsFileHoldsAtMostFiveHundredEventsAndSaysSo() throws Exception {
        generateArticles();

        JsonNode json = timelineJs("/export/timelinejs.json");

        assertThat(uniqueIds(json))
                .hasSize(500)
                .isEqualTo(IntStream.rangeClosed(1, 500)
                        .mapToObj(i -> "generated-" + i)
                        .toList());
        assertThat(Jsoup.parse(json.get("title").get("text").get("text").asText())
                        .text())
                .contains("A file holds at most 500 articles: these are the oldest 500 of " + (GENERATED + 5) + ".");
    }

    @Test
    void textsFromArticlesAreEscapedForTimelineJsWhichShowsThemAsHtml() throws Exception {
        ExtraArticle.on(
                        "a-markup",
                        "A <img src=x onerror=alert(1)> & more",
                        "<script>alert(1)</script> text.",
                        LocalDate.of(2024, 6, 1),
                        "DAY")
                .insert(jdbc);

        JsonNode event = event(timelineJs("/export/timelinejs.json"), "a-markup");

        assertThat(event.get("text").get("headline").asText())
                .isEqualTo("A &lt;img src=x onerror=alert(1)&gt; &amp; more");
        assertThat(event.get("text").get("text").asText())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; text.")
                .doesNotContain("<script>");
    }

    // --- both

    @Test
    void badParametersGetThePagesClearBadRequest() {
        for (String route : List.of("/export.csv", "/export/timelinejs.json")) {
            for (String bad : List.of("?to=2024-02-30", "?order=sideways", "?before=0", "?q=" + "x".repeat(201))) {
                Page page = get(route + bad);
                assertThat(page.status()).as(route + bad).isEqualTo(400);
                assertThat(page.mainText()).as(route + bad).contains("This timeline address has a problem");
            }
        }
    }

    @Test
    void aPageCursorIsCheckedAsOnThePageButAFileIsTheWholeView() {
        for (String route : List.of("/export.csv", "/export/timelinejs.json")) {
            String whole = get(route).html();

            assertThat(get(route + "?after=3").html()).as(route).isEqualTo(whole);
            assertThat(get(route + "?before=999999").html()).as(route).isEqualTo(whole);
            assertThat(get(route + "?after=3&before=4").status()).as(route).isEqualTo(400);
        }
    }

    @Test
    void aPostIsTheWrongMethodAndAHeadGivesTheHeadersAlone() throws Exception {
        for (String route : List.of("/export.csv", "/export/timelinejs.json")) {
            assertThat(post(route).status()).as(route).isEqualTo(405);
            HttpResponse<String> head = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + route))
                                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(route).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Disposition"))
                    .as(route)
                    .isPresent();
            assertThat(head.body()).as(route).isEmpty();
        }
    }

    // --- helpers

    private void generateArticles() {
        // Three a day, so that keyset chunks must also break ties on the headline.
        jdbc.sql("""
                insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                     content_hash, event_date)
                select 'generated-' || i, 'Generated report ' || lpad(i::text, 5, '0'), 'generated-' || i || '.txt',
                       'Text ' || i || '.', 'Text ' || i || '.', 'Text ' || i || '.', 2, 'generated-' || i,
                       date '2020-01-01' + i / 3
                from generate_series(1, :n) i
                """).param("n", GENERATED).update();
    }

    private String column(String slug, String column) {
        return jdbc.sql("select " + column + " from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private static List<String> slugs(List<List<String>> records) {
        return records.stream().skip(1).map(record -> record.get(0)).toList();
    }

    private static Map<String, String> row(List<List<String>> records, String slug) {
        List<String> record = records.stream()
                .filter(r -> r.get(0).equals(slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + slug));
        return IntStream.range(0, HEADER.size())
                .boxed()
                .collect(java.util.stream.Collectors.toMap(HEADER::get, record::get));
    }

    private JsonNode timelineJs(String path) throws Exception {
        Page page = get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(page.html());
    }

    private static List<String> uniqueIds(JsonNode json) {
        return Stream.iterate(0, i -> i < json.get("events").size(), i -> i + 1)
                .map(i -> json.get("events").get(i).get("unique_id").asText())
                .toList();
    }

    private static JsonNode event(JsonNode json, String slug) {
        for (JsonNode event : json.get("events")) {
            if (event.get("unique_id").asText().equals(slug)) {
                return event;
            }
        }
        throw new AssertionError("no event for " + slug);
    }
}
