package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page's reads of a cluster that cannot answer, or of an index not built yet, are a 503, to try
 * again; a refused query stays an error.
 */
class OpenSearchSearchesTest {

    private final ObjectMapper json = new ObjectMapper();

    private OpenSearchSearches searchesOf(String url) {
        return new OpenSearchSearches(OpenSearchIndex.client(url, "", "", Duration.ofSeconds(2)), "articles", json);
    }

    @Test
    void anUnreachableClusterMakesThePageUnavailableForNow() throws IOException {
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }
        OpenSearchSearches searches = searchesOf("http://127.0.0.1:" + nothingListens);

        assertThatThrownBy(() -> searches.count(json.createObjectNode()))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }

    @Test
    void aFailingClusterOrAnIndexNotBuiltYetMakesThePageUnavailableButARefusedQueryDoesNot() throws IOException {
        HttpServer cluster = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cluster.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = path.endsWith("_count") ? 503 : path.startsWith("/unbuilt/") ? 404 : 400;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        cluster.start();
        try {
            OpenSearchSearches searches =
                    searchesOf("http://127.0.0.1:" + cluster.getAddress().getPort());

            assertThatThrownBy(() -> searches.count(json.createObjectNode()))
                    .isInstanceOfSatisfying(
                            ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
            assertThatThrownBy(() -> searches.search(json.createObjectNode()))
                    .isInstanceOf(HttpClientErrorException.BadRequest.class);
            OpenSearchSearches unbuilt = new OpenSearchSearches(
                    OpenSearchIndex.client(
                            "http://127.0.0.1:" + cluster.getAddress().getPort(), "", "", Duration.ofSeconds(2)),
                    "unbuilt",
                    json);
            assertThatThrownBy(() -> unbuilt.search(json.createObjectNode()))
                    .isInstanceOfSatisfying(
                            ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        } finally {
            cluster.stop(0);
        }
    }
}
