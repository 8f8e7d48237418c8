package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/v1/events, /api/v1/events/{slug} and an article's event, over HTTP, on the seed events. */
class EventApiTest extends ApiTest {

    static final String VISIT = "kim-jong-un-visits-russia-2023";
    static final String CONDOLENCES = "kim-condolences-crocus-city-hall-2024";
    static final String SHOIGU = "shoigu-visits-pyongyang-2025";

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheThreeSeedEventsInTheOrderOfTheirFirstDay() {
        JsonNode list = ok("/api/v1/events");

        assertThat(texts(list.get("events"), "slug")).containsExactly(VISIT, CONDOLENCES, SHOIGU);
        assertThat(texts(list.get("events"), "reports")).containsExactly("3", "1", "1");
        JsonNode visit = list.get("events").get(0);
        assertThat(visit.at("/dates/start").asText()).isEqualTo("2023-09-12");
        assertThat(visit.at("/dates/end").asText()).isEqualTo("2023-09-19");
        assertThat(visit.at("/dates/precision").asText()).isEqualTo("day");
        assertThat(visit.get("url").asText()).isEqualTo(SITE + "/events/" + VISIT);
        assertThat(visit.get("apiUrl").asText()).isEqualTo(SITE + "/api/v1/events/" + VISIT);
        assertThat(list.get("next").isNull()).isTrue();
        assertThat(list.at("/events/2/dates/estimated").asBoolean()).isTrue();
        assertThat(list.at("/events/2/dates/note").asText()).isNotBlank();
    }

    @Test
    void pagesFollowNextUntilItIsNull() {
        JsonNode first = ok("/api/v1/events?limit=2");
        assertThat(texts(first.get("events"), "slug")).containsExactly(VISIT, CONDOLENCES);

        JsonNode second = ok(path(first.get("next").asText()));
        assertThat(texts(second.get("events"), "slug")).containsExactly(SHOIGU);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void anEventHasTheEditorsSummaryAndEachReportWithItsRoleLagAndWhatOnlyItHas() {
        JsonNode event = ok("/api/v1/events/" + VISIT);

        assertThat(event.get("title").asText()).isNotBlank();
        assertThat(event.get("summary").asText()).isNotBlank();
        assertThat(event.get("independentlyWritten").asBoolean()).isTrue();
        assertThat(texts(event.get("reports"), "slug")).containsExactlyInAnyOrder(A, B, E);
        for (JsonNode report : event.get("reports")) {
            String slug = report.get("slug").asText();
            long lag = report.get("lagDays").asLong();
            if (slug.equals(A)) {
                assertThat(lag).isEqualTo(54);
                assertThat(report.get("onlyEntities").toString()).contains("alexander-matsegora");
                assertThat(report.get("onlyQuotations").toString()).containsIgnoringCase("gift from the heart");
            } else if (slug.equals(E)) {
                assertThat(lag).isEqualTo(60);
                assertThat(report.get("role").asText()).isEqualTo("first_report");
                assertThat(report.get("onlyEntities").toString()).contains("sergei-lavrov", "kim-yo-jong");
                assertThat(report.get("onlyQuotations").toString()).containsIgnoringCase("glory to russia");
            } else {
                assertThat(lag).isEqualTo(62);
                assertThat(report.get("role").asText()).isEqualTo("follow_up");
            }
            assertThat(report.get("apiUrl").asText()).isEqualTo(SITE + "/api/v1/articles/" + slug);
        }
        assertThat(event.get("entities").toString()).contains("kim-jong-un", "vostochny-cosmodrome");
        assertThat(event.get("topics").toString()).contains("summit-diplomacy");
    }

    @Test
    void anArticleSaysWhichEventItReportsAndAsWhat() {
        JsonNode article = ok("/api/v1/articles/" + D);

        assertThat(article.at("/event/slug").asText()).isEqualTo(CONDOLENCES);
        assertThat(article.at("/event/role").asText()).isEqualTo("first_report");
        assertThat(article.at("/event/apiUrl").asText()).isEqualTo(SITE + "/api/v1/events/" + CONDOLENCES);
        assertThat(ok("/api/v1/articles/" + C).at("/event/slug").asText()).isEqualTo(SHOIGU);
    }

    @Test
    void anUnknownEventIsA404ProblemAndAnUnknownCursorA400() {
        Answer unknown = api("/api/v1/events/no-such-event");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo(ApiProblems.MEDIA_TYPE);

        Answer cursor = api("/api/v1/events?after=%3Cscript%3E");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.contentType()).isEqualTo(ApiProblems.MEDIA_TYPE);
        assertThat(cursor.body()).doesNotContain("<script>");

        assertThat(api("/api/v1/events?limit=0").status()).isEqualTo(400);
        assertThat(api("/api/v1/events?limit=101").status()).isEqualTo(400);
    }

    @Test
    void anEventWhoseReportsAreAllHiddenIsNeitherListedNorFound() {
        jdbc.sql("update article set hidden = true where slug = ?").param(D).update();
        try {
            assertThat(texts(ok("/api/v1/events").get("events"), "slug")).containsExactly(VISIT, SHOIGU);
            assertThat(api("/api/v1/events/" + CONDOLENCES).status()).isEqualTo(404);
            assertThat(api("/api/v1/articles/" + D).status()).isEqualTo(404);
        } finally {
            jdbc.sql("update article set hidden = false where slug = ?")
                    .param(D)
                    .update();
        }
    }
}
