package org.nkrtimeline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests of whole pages over real HTTP, through Tomcat, so that error pages, status codes and
 * headers are exactly what a browser gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    protected int port;

    /** A page as the server answered it. */
    public record Page(int status, String contentType, String location, String html, HttpHeaders headers) {

        public Document document() {
            return Jsoup.parse(html);
        }

        /** The visible text of the main content, whitespace normalised as a reader sees it. */
        public String mainText() {
            return document().select("main").text();
        }
    }

    protected Page get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    /** A GET with extra request headers, given as name, value, name, value... */
    protected Page get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).headers(headers).GET());
    }

    /** A page that must answer 200, as a document to query. */
    protected Document getOk(String pathAndQuery) {
        Page page = get(pathAndQuery);
        assertThat(page.status()).as(pathAndQuery).isEqualTo(200);
        return page.document();
    }

    protected Page post(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    /** Spring writes absolute redirect URLs; tests compare the path and query. */
    static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Page send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    static Page send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(
                    request.header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers()
                            .firstValue("Location")
                            .map(WebTest::pathOf)
                            .orElse(null),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
