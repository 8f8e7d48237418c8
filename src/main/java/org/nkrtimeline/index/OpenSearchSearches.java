package org.nkrtimeline.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search requests of pages to the OpenSearch index, through its alias; each is timed
 * ({@link IndexTiming}). A cluster that cannot answer, or has no index yet, makes the page a 503
 * (try again later), not a 500.
 */
final class OpenSearchSearches {

    private final RestClient http;
    private final String alias;
    private final ObjectMapper json;

    OpenSearchSearches(RestClient http, String alias, ObjectMapper json) {
        this.http = http;
        this.alias = alias;
        this.json = json;
    }

    JsonNode search(JsonNode body) {
        return post("/" + alias + "/_search", body);
    }

    int count(JsonNode body) {
        return post("/" + alias + "/_count", body).path("count").asInt();
    }

    /**
     * The outbox position the index behind the alias holds (its mapping's {@code _meta}); -1 for an
     * index without one (being built). A missing alias is a 404, as for any request of a page.
     */
    long position() {
        try {
            JsonNode mappings = json.readTree(
                    http.get().uri("/" + alias + "/_mapping").retrieve().body(byte[].class));
            long position = -1;
            for (JsonNode index : mappings) {
                position = Math.max(
                        position,
                        index.path("mappings").path("_meta").path("seq").asLong(-1));
            }
            return position;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode post(String path, JsonNode body) {
        long started = System.nanoTime();
        try {
            byte[] answer = http.post()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(OpenSearchIndex.utf8(body.toString()))
                    .retrieve()
                    .body(byte[].class);
            return json.readTree(answer);
        } catch (ResourceAccessException | HttpServerErrorException | HttpClientErrorException.NotFound e) {
            // The cluster is down, unreachable or failing, or the index is not built yet: the page
            // cannot be read now, and will be.
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "OpenSearch cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            IndexTiming.record(System.nanoTime() - started);
        }
    }
}
