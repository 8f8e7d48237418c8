package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.nkrtimeline.pagecache.PageCache;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base for tests of the JSON API over real HTTP, as a script would use it: its own client, asking
 * for JSON (WebTest's asks for HTML).
 */
abstract class ApiTest extends WebTest {

    /** The site address the tests run with (application.properties): links must use it, whatever the request said. */
    static final String SITE = "http://localhost:8080";

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    PageCache pageCache;

    /**
     * Tests change articles through SQL, which reaches cached answers only within the page cache's
     * check interval, as any change made outside the app does: each test starts from an empty cache.
     */
    @BeforeEach
    void nothingCached() {
        pageCache.clear();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Answer(int status, String contentType, String body, HttpHeaders headers) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A GET with {@code Accept: application/json} and any extra headers (name, value, ...). */
    Answer api(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers, "Accept", "application/json");
    }

    /** A request as given: no Accept header unless among {@code headers}. */
    Answer send(String method, String pathAndQuery, String[] headers, String... moreHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        List<String> all = new ArrayList<>(List.of(headers));
        all.addAll(List.of(moreHeaders));
        if (!all.isEmpty()) {
            request.headers(all.toArray(String[]::new));
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response that must be 200 JSON. */
    JsonNode ok(String pathAndQuery) {
        Answer answer = api(pathAndQuery);
        assertThat(answer.status()).as(pathAndQuery + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).as(pathAndQuery).startsWith("application/json");
        return answer.json();
    }

    /** A link the API gave, as a path and query on this test's server. */
    static String path(String link) {
        assertThat(link).startsWith(SITE + "/");
        return link.substring(SITE.length());
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
