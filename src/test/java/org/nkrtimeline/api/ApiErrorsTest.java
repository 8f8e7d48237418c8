package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.RawHttp;
import org.nkrtimeline.support.SeedArticles;

/** Every error of the API is RFC 9457 problem details with a fitting status; the pages keep their HTML error pages. */
class ApiErrorsTest extends ApiTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from=2024-02-30                    | from
            from=yesterday                     | from
            to=13-09-2023                      | to
            from=2024-05-01&to=2024-01-01      | from to
            axis=sideways                      | axis
            axis=event&axis=published          | axis
            order=upwards                      | order
            after=1&before=2                   | after before
            after=first                        | after
            before=-3                          | before
            limit=0                            | limit
            limit=101                          | limit
            limit=ten                          | limit
            limit=5&limit=6                    | limit
            topic=no-such-topic                | topic
            topic=space&topic=no-such-topic    | topic
            entity=nobody-at-all               | entity
            q=a%00b                            | q
            """)
    void aBadParameterIsA400ProblemNamingIt(String query, String parameters) {
        JsonNode problem = problem("/api/v1/articles?" + query, 400);

        assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/articles");
        assertThat(texts(problem.get("invalidParams"), "name")).containsExactly(parameters.split(" "));
        assertThat(texts(problem.get("invalidParams"), "reason")).allMatch(reason -> !reason.isBlank());
    }

    @Test
    void anUnknownEntityKindIsA400Problem() {
        JsonNode problem = problem("/api/v1/entities?kind=robot", 400);

        assertThat(texts(problem.get("invalidParams"), "name")).containsExactly("kind");
    }

    @Test
    void whatTheRequestSaidComesBackOnlyAsAJsonString() {
        String hostile = "\"}<script>alert(1)</script>\\";
        Answer answer = api("/api/v1/articles?from=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains(hostile);
        assertThat(answer.body()).doesNotContain("<").doesNotContain(">").contains("\\u003C");
        assertThat(answer.json().get("status").asInt()).isEqualTo(400);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/articles/no-such-article",
                "/api/v1/entities/no-such-entity",
                "/api/v1/nothing-here",
                "/api/v1",
                "/api",
                "/api/",
                "/api/v2/articles",
                "/api/v1/articles/" + SeedArticles.A + "/more",
                "/api/v1/articles/%3Cscript%3E"
            })
    void anUnknownAddressIsA404Problem(String path) {
        JsonNode problem = problem(path, 404);

        assertThat(problem.get("title").asText()).isEqualTo("Not Found");
        assertThat(problem.get("instance").asText()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void anyMethodButGetIsA405ProblemThatSaysWhatIsAllowed(String method) {
        Answer answer = send(method, "/api/v1/articles", new String[] {"Accept", "application/json"});

        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void aHeadRequestIsAnswered() {
        assertThat(send("HEAD", "/api/v1/topics", new String[0]).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xml", "text/csv"})
    void aClientThatAcceptsNoJsonGetsA406Problem(String accept) {
        Answer answer = send("GET", "/api/v1/articles", new String[] {"Accept", accept});

        assertProblem(answer, 406);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "text/html, application/json;q=0.5"})
    void anyAcceptThatAllowsJsonGetsJson(String accept) {
        Answer answer = send("GET", "/api/v1/topics", new String[] {"Accept", accept});

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
    }

    @Test
    void withoutAnAcceptHeaderTheAnswerIsJson() {
        Answer answer = send("GET", "/api/v1/topics", new String[0]);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
    }

    @Test
    void anAddressRefusedBeforeTheApiRunsIsStillAProblem() {
        // UndecodablePathFilter refuses it with sendError; the error dispatch answers.
        Page page = new RawHttp(port).get("/api/v1/topics;%zz");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).isEqualTo(ApiProblems.MEDIA_TYPE);
        assertThat(page.html()).contains("\"status\":400").doesNotContain("<html");
    }

    @Test
    void thePagesKeepTheirHtmlErrorPages() {
        for (String path :
                List.of("/no-such-page", "/?axis=sideways", "/articles/no-such-article", "/entities/nobody")) {
            Page page = get(path);
            assertThat(page.status()).as(path).isIn(400, 404);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.html()).as(path).contains("<main");
        }
    }

    private JsonNode problem(String path, int status) {
        Answer answer = api(path);
        assertProblem(answer, status);
        return answer.json();
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo(ApiProblems.MEDIA_TYPE);
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).startsWith("/api");
    }
}
