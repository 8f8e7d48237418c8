package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkrtimeline.support.SeedArticles;

/**
 * The OpenAPI description the app serves: it parses, is OpenAPI 3, describes the API's endpoints and
 * parameters and nothing else, and says what the endpoints really answer.
 */
class OpenApiDocumentTest extends ApiTest {

    static final Set<String> PATHS = Set.of(
            "/api/v1/articles",
            "/api/v1/articles/{slug}",
            "/api/v1/topics",
            "/api/v1/entities",
            "/api/v1/entities/{slug}",
            "/api/v1/events",
            "/api/v1/events/{slug}");

    JsonNode document;

    @BeforeEach
    void readTheDescription() {
        document = ok("/api/v1/openapi.json");
    }

    @Test
    void isAnOpenApi3DescriptionOfVersion1OnTheConfiguredSiteAddress() {
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.at("/info/version").asText()).isEqualTo("1");
        assertThat(document.at("/info/title").asText()).isNotBlank();
        assertThat(document.at("/servers/0/url").asText()).isEqualTo(SITE);
        assertThat(document.get("servers")).hasSize(1);
    }

    @Test
    void describesEachEndpointOfTheApiAsAGetAndNothingElse() {
        Set<String> paths = new TreeSet<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).containsExactlyInAnyOrderElementsOf(PATHS);
        for (String path : PATHS) {
            List<String> methods = new ArrayList<>();
            document.get("paths").get(path).fieldNames().forEachRemaining(methods::add);
            assertThat(methods).as(path).containsExactly("get");
            JsonNode get = document.get("paths").get(path).get("get");
            assertThat(get.get("summary").asText()).as(path).isNotBlank();
            assertThat(get.at("/responses/200/content/application~1json/schema/$ref")
                            .asText())
                    .as(path)
                    .isNotBlank();
            assertThat(get.at("/responses/406/content/application~1problem+json/schema/$ref")
                            .asText())
                    .isEqualTo("#/components/schemas/Problem");
        }
    }

    @Test
    void describesEveryParameterOfTheListOfArticles() {
        JsonNode parameters = document.at("/paths/~1api~1v1~1articles/get/parameters");
        List<String> names = texts(parameters, "name");

        assertThat(names)
                .containsExactlyInAnyOrder(
                        "q", "axis", "from", "to", "order", "topic", "entity", "limit", "after", "before");
        for (JsonNode parameter : parameters) {
            assertThat(parameter.get("in").asText()).isEqualTo("query");
            assertThat(parameter.get("description").asText())
                    .as(parameter.get("name").asText())
                    .isNotBlank();
            assertThat(parameter.has("schema"))
                    .as(parameter.get("name").asText())
                    .isTrue();
        }
        assertThat(document.at("/paths/~1api~1v1~1articles/get/parameters").toString())
                .contains("\"enum\":[\"event\",\"published\"]")
                .contains("\"maximum\":100");
        assertThat(texts(document.at("/paths/~1api~1v1~1entities/get/parameters"), "name"))
                .containsExactly("kind");
        assertThat(texts(document.at("/paths/~1api~1v1~1articles~1{slug}/get/parameters"), "name"))
                .containsExactly("slug");
    }

    @Test
    void declaresTheRedirectOfAFormerSlugWithItsLocation() {
        JsonNode moved = document.at("/paths/~1api~1v1~1articles~1{slug}/get/responses/301");

        assertThat(moved.get("description").asText()).contains("former");
        assertThat(moved.at("/headers/Location/schema/format").asText()).isEqualTo("uri");
    }

    @Test
    void isAlsoServedAsYaml() {
        Answer yaml = send("GET", "/api/v1/openapi.json.yaml", new String[0]);

        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/articles                                     | /api/v1/articles         | 200
            /api/v1/articles?limit=2&order=desc                  | /api/v1/articles         | 200
            /api/v1/articles?q=shoigu&order=relevance            | /api/v1/articles         | 200
            /api/v1/articles?q=zeppelin                          | /api/v1/articles         | 200
            /api/v1/articles?from=2024-02-30                     | /api/v1/articles         | 400
            /api/v1/articles/ARTICLE_A                           | /api/v1/articles/{slug}  | 200
            /api/v1/articles/ARTICLE_B                           | /api/v1/articles/{slug}  | 200
            /api/v1/articles/ARTICLE_C                           | /api/v1/articles/{slug}  | 200
            /api/v1/articles/ARTICLE_D                           | /api/v1/articles/{slug}  | 200
            /api/v1/articles/ARTICLE_E                           | /api/v1/articles/{slug}  | 200
            /api/v1/articles/no-such-article                     | /api/v1/articles/{slug}  | 404
            /api/v1/topics                                       | /api/v1/topics           | 200
            /api/v1/entities                                     | /api/v1/entities         | 200
            /api/v1/entities?kind=robot                          | /api/v1/entities         | 400
            /api/v1/entities/kim-jong-un                         | /api/v1/entities/{slug}  | 200
            /api/v1/entities/nobody                              | /api/v1/entities/{slug}  | 404
            """)
    void whatAnEndpointAnswersIsWhatTheDescriptionDeclares(String request, String path, int status) {
        Answer answer = api(request.replace("ARTICLE_A", SeedArticles.A)
                .replace("ARTICLE_B", SeedArticles.B)
                .replace("ARTICLE_C", SeedArticles.C)
                .replace("ARTICLE_D", SeedArticles.D)
                .replace("ARTICLE_E", SeedArticles.E));
        assertThat(answer.status()).isEqualTo(status);
        JsonNode content = document.get("paths")
                .get(path)
                .get("get")
                .get("responses")
                .get(Integer.toString(status))
                .get("content");
        String mediaType = answer.contentType();
        assertThat(content.has(mediaType))
                .as("declared media types %s, answered %s", content, mediaType)
                .isTrue();

        assertThat(new SchemaCheck(document)
                        .problems(answer.json(), content.get(mediaType).get("schema")))
                .isEmpty();
    }

    @Test
    void theCheckFindsAPropertyTheDescriptionDoesNotDeclareOrAWrongType() {
        ObjectNode list = (ObjectNode) ok("/api/v1/articles").deepCopy();
        ((ObjectNode) list.get("articles").get(0)).put("invented", "x");
        ((ObjectNode) list.get("count")).put("matching", "five");
        ((ObjectNode) list.get("articles").get(1)).remove("lede");
        JsonNode schema = document.at("/paths/~1api~1v1~1articles/get/responses/200/content/application~1json/schema");

        assertThat(new SchemaCheck(document).problems(list, schema))
                .anyMatch(problem -> problem.startsWith("/articles/0/invented"))
                .anyMatch(problem -> problem.startsWith("/count/matching"))
                .anyMatch(problem -> problem.startsWith("/articles/1/lede"));
    }
}
