package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticles;

/** GET /api/v1/topics, /api/v1/entities and /api/v1/entities/{slug}. */
class CatalogueApiTest extends ApiTest {

    @Test
    void listsTheEightTopicsInTaxonomyOrderWithTheirArticleCounts() {
        JsonNode topics = ok("/api/v1/topics").get("topics");

        assertThat(texts(topics, "slug"))
                .containsExactly(
                        "summit-diplomacy",
                        "arms-military-cooperation",
                        "gifts-symbolism",
                        "war-in-ukraine",
                        "sanctions-un",
                        "space",
                        "terrorism-condolences",
                        "defence-treaty-troops");
        for (JsonNode topic : topics) {
            String slug = topic.get("slug").asText();
            JsonNode articles = ok(path(topic.get("articlesUrl").asText()));
            assertThat(topic.get("articleCount").asLong())
                    .as(slug)
                    .isEqualTo(articles.at("/count/matching").asLong());
            assertThat(topic.get("url").asText()).isEqualTo(SITE + "/?topic=" + slug);
            assertThat(topic.get("name").asText()).isNotBlank();
            assertThat(topic.get("description").asText()).isNotBlank();
        }
        assertThat(topics.get(1).get("articleCount").asLong()).isEqualTo(5);
    }

    @Test
    void listsEveryEntityInTheMostArticlesFirstWithItsAliasesAndCounts() {
        JsonNode entities = ok("/api/v1/entities").get("entities");

        List<Long> counts = new ArrayList<>();
        entities.forEach(entity -> counts.add(entity.get("articleCount").asLong()));
        assertThat(counts).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(texts(entities, "kind"))
                .containsOnly("person", "place", "organisation")
                .contains("organisation");
        JsonNode kim = entities.get(0);
        assertThat(kim.get("slug").asText()).isEqualTo("kim-jong-un");
        assertThat(kim.get("articleCount").asLong()).isEqualTo(5);
        assertThat(kim.get("aliases").toString()).contains("Kim Jong-un").doesNotContain("\"Kim Jong Un\"");
        assertThat(kim.get("description").asText()).isNotBlank();
        assertThat(kim.get("url").asText()).isEqualTo(SITE + "/entities/kim-jong-un");
    }

    @Test
    void theListCanBeNarrowedToOneKind() {
        JsonNode places = ok("/api/v1/entities?kind=place").get("entities");

        assertThat(texts(places, "kind")).isNotEmpty().containsOnly("place");
        assertThat(texts(places, "slug")).contains("pyongyang", "moscow");
        long all = ok("/api/v1/entities").get("entities").size();
        long byKind = places.size()
                + ok("/api/v1/entities?kind=person").get("entities").size()
                + ok("/api/v1/entities?kind=organisation").get("entities").size();
        assertThat(byKind).isEqualTo(all);
    }

    @Test
    void oneEntityHasItsFactsAndTheLinkToItsArticles() {
        JsonNode shoigu = ok("/api/v1/entities/sergei-shoigu");

        assertThat(shoigu.get("name").asText()).isEqualTo("Sergei Shoigu");
        assertThat(shoigu.get("kind").asText()).isEqualTo("person");
        assertThat(shoigu.get("aliases").toString()).contains("Shoigu");
        assertThat(shoigu.get("apiUrl").asText()).isEqualTo(SITE + "/api/v1/entities/sergei-shoigu");
        JsonNode articles = ok(path(shoigu.get("articlesUrl").asText()));
        assertThat(articles.get("articles"))
                .hasSize((int) shoigu.get("articleCount").asLong());
        assertThat(texts(articles.get("articles"), "slug")).contains(SeedArticles.C);
    }

    @Test
    void everyMentionInAnArticleLeadsToAnEntity() {
        for (JsonNode mention : ok("/api/v1/articles/" + SeedArticles.B).get("entities")) {
            JsonNode entity = ok(path(mention.get("apiUrl").asText()));
            assertThat(entity.get("slug").asText())
                    .isEqualTo(mention.get("slug").asText());
            assertThat(entity.get("mentionCount").asLong())
                    .isGreaterThanOrEqualTo(mention.get("mentions").asLong());
        }
    }
}
