package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The API's default limit is the site's page size, a setting: here pages of two, as in TimelinePagingTest. */
@TestPropertySource(properties = "timeline.page-size=2")
class ApiPageSizeTest extends ApiTest {

    @Test
    void aListWithoutALimitHasTheSitesPageSizeAndItsLinksLeaveTheLimitOut() {
        JsonNode first = ok("/api/v1/articles");

        assertThat(first.get("articles")).hasSize(2);
        assertThat(first.at("/links/self").asText()).isEqualTo(SITE + "/api/v1/articles");
        assertThat(first.at("/links/next").asText()).matches("\\Q" + SITE + "/api/v1/articles?after=\\E[0-9]+");
        assertThat(ok("/api/v1/articles?limit=2").at("/links/self").asText()).isEqualTo(SITE + "/api/v1/articles");
        assertThat(ok("/api/v1/articles?limit=3").at("/links/self").asText())
                .isEqualTo(SITE + "/api/v1/articles?limit=3");
    }

    @Test
    void theDescriptionAndTheHintGiveThatDefault() {
        JsonNode limit = null;
        for (JsonNode parameter : ok("/api/v1/openapi.json").at("/paths/~1api~1v1~1articles/get/parameters")) {
            if (parameter.get("name").asText().equals("limit")) {
                limit = parameter;
            }
        }

        assertThat(limit).isNotNull();
        assertThat(limit.at("/schema/default").asInt()).isEqualTo(2);
        assertThat(api("/api/v1/articles?limit=0").json().get("hint").asText()).isEqualTo("Leave it out for 2 a page.");
    }
}
