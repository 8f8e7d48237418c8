package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nkrtimeline.support.OpenSearchNode;
import org.nkrtimeline.support.SeedArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The OpenSearch index kept from the outbox, against a real OpenSearch 2.19.6 node and the test
 * database: its build, freshness after any writer, restarts, rebuilds, crashes and outages. Each test
 * writes an index of its own name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OpenSearchIndexTest {

    private static final String TOPICS_OF_ARTICLE = """
            select t.slug from article_topic at join topic t on t.id = at.topic_id
            join article a on a.id = at.article_id where a.slug = ? order by t.position""";

    private static OpenSearchNode node;
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    IndexOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private String alias;
    private OpenSearchIndexer indexer;

    @BeforeAll
    static void startOpenSearch() throws IOException {
        node = OpenSearchNode.start();
    }

    @AfterAll
    static void stopOpenSearch() throws Exception {
        node.close();
    }

    @BeforeEach
    void anIndexOfItsOwn() {
        alias = "test-articles-" + NAMES.incrementAndGet();
        jdbc.sql("update article set hidden = false where hidden").update();
    }

    @AfterEach
    void stop() {
        stopIndexer();
        jdbc.sql("update article set hidden = false where slug = ?")
                .param(SeedArticles.D)
                .update();
        jdbc.sql("update article set headline = regexp_replace(headline, ' Zanzibarian$', '') where slug = ?")
                .param(SeedArticles.A)
                .update();
    }

    private void startIndexer() {
        startIndexer(node.url());
    }

    private void startIndexer(String url) {
        indexer = new OpenSearchIndexer(outbox, dataSource, json, url, "", "", alias, Duration.ofMillis(100));
        indexer.start();
    }

    private void stopIndexer() {
        if (indexer != null) {
            indexer.stop();
            indexer = null;
        }
    }

    private void awaitUpToDate() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            IndexPosition position = indexer.position();
            IndexPosition last = outbox.lastChange();
            return position != null && last != null && !position.isBefore(last);
        });
    }

    @Test
    void aMissingIndexIsBuiltFromTheDatabaseWithEveryArticleReadersMaySee(CapturedOutput output) throws Exception {
        startIndexer();
        awaitUpToDate();

        assertThat(count()).isEqualTo(publicArticles()).isEqualTo(5);
        assertThat(output.getOut())
                .contains("Building the OpenSearch index " + alias + " at " + node.url()
                        + " from the database: there is no index " + alias);
        JsonNode article = article(SeedArticles.B);
        Long id = jdbc.sql("select id from article where slug = ?")
                .param(SeedArticles.B)
                .query(Long.class)
                .single();
        assertThat(article.path("id").asLong()).isEqualTo(id);
        assertThat(article.path("headline").asText()).isEqualTo(headline(SeedArticles.B));
        List<String> topics = jdbc.sql(TOPICS_OF_ARTICLE)
                .param(SeedArticles.B)
                .query(String.class)
                .list();
        assertThat(texts(article.path("topics"))).isEqualTo(topics).isNotEmpty();
        assertThat(texts(article.path("people"))).contains("vladimir-putin", "kim-jong-un");
        assertThat(texts(article.path("places"))).contains("vostochny-cosmodrome");
        assertThat(article.path("event_date").asText())
                .isEqualTo(jdbc.sql("select event_date::text from article where slug = ?")
                        .param(SeedArticles.B)
                        .query(String.class)
                        .single());
    }

    @Test
    void itsMeterSaysHowLongAgoTheIndexLastHeldEveryChange() {
        startIndexer();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        indexer.bindTo(registry);
        awaitUpToDate();

        await().atMost(Duration.ofSeconds(2)).until(() -> behind(registry) < 1);
        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.D)
                .update();
        await().atMost(Duration.ofSeconds(2)).until(() -> behind(registry) < 1);
        // No longer written (as while the cluster is down): the time grows.
        indexer.stop();
        await().atMost(Duration.ofSeconds(5)).until(() -> behind(registry) > 1.5);
    }

    private static double behind(SimpleMeterRegistry registry) {
        return registry.get("timeline.opensearch.behind").gauge().value();
    }

    @Test
    void theIndexFindsWordsAsTheReadIndexDoesStemmedWithoutCaseOrAccents() throws Exception {
        startIndexer();
        awaitUpToDate();

        for (String body : jdbc.sql("select body_text from public_article order by id")
                .query(String.class)
                .list()) {
            assertThat(openSearchWords(body)).isEqualTo(readIndexWords(body));
        }
        assertThat(found("{\"match\": {\"body\": \"DRÔNES\"}}")).contains(SeedArticles.A);
    }

    @Test
    void anEditTypedInSqlByHandIsInOpenSearchWithinTwoSeconds() throws Exception {
        startIndexer();
        awaitUpToDate();

        jdbc.sql("update article set headline = headline || ' Zanzibarian' where slug = ?")
                .param(SeedArticles.A)
                .update();

        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        found("{\"match\": {\"headline\": \"zanzibarian\"}}").equals(List.of(SeedArticles.A)));
    }

    @Test
    void aHiddenArticleLeavesTheIndexAndComesBackWhenShownAgain() throws Exception {
        startIndexer();
        awaitUpToDate();

        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.D)
                .update();
        await().atMost(Duration.ofSeconds(2)).until(() -> count() == 4);
        assertThat(found("{\"term\": {\"slug\": \"" + SeedArticles.D + "\"}}")).isEmpty();

        jdbc.sql("update article set hidden = false where slug = ?")
                .param(SeedArticles.D)
                .update();
        await().atMost(Duration.ofSeconds(2)).until(() -> count() == 5);
    }

    @Test
    void aRestartReadsOnFromItsPositionWithoutARebuild(CapturedOutput output) throws Exception {
        startIndexer();
        awaitUpToDate();
        String built = behindAlias();
        stopIndexer();
        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.D)
                .update();

        startIndexer();
        awaitUpToDate();

        assertThat(behindAlias()).isEqualTo(built);
        await().atMost(Duration.ofSeconds(2)).until(() -> count() == 4);
        assertThat(occurrences(output, "Building the OpenSearch index " + alias + " "))
                .isEqualTo(1);
    }

    @Test
    void theReindexCommandBuildsANewIndexAndMovesTheAliasToIt() throws Exception {
        startIndexer();
        awaitUpToDate();
        String before = behindAlias();

        outbox.requestRebuild();

        await().atMost(Duration.ofSeconds(30)).until(() -> !behindAlias().equals(before));
        await().atMost(Duration.ofSeconds(5)).until(() -> count() == 5);
        assertThat(indexes()).containsExactly(behindAlias());
    }

    @Test
    void aRebuildLeavesAloneTheIndexesOfAnAliasWhoseNameBeginsWithItsOwn() throws Exception {
        String neighbour = alias + "-staging-1-1";
        send("PUT", "/" + neighbour, null);
        startIndexer();
        awaitUpToDate();

        String before = behindAlias();
        outbox.requestRebuild();
        await().atMost(Duration.ofSeconds(30)).until(() -> !behindAlias().equals(before));

        assertThat(send("GET", "/_resolve/index/" + neighbour, null).path("indices"))
                .hasSize(1);
    }

    @Test
    void ofSeveralInstancesOneWritesSoARebuildRunsOnceAndAnotherTakesOverWhenItStops(CapturedOutput output)
            throws Exception {
        startIndexer();
        awaitUpToDate();
        OpenSearchIndexer second =
                new OpenSearchIndexer(outbox, dataSource, json, node.url(), "", "", alias, Duration.ofMillis(100));
        second.start();
        try {
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> output.getOut().contains("is written by another instance; this one stands by"));
            String before = behindAlias();

            outbox.requestRebuild();
            await().atMost(Duration.ofSeconds(30)).until(() -> !behindAlias().equals(before));
            // A change after the rebuild request, applied: both instances have read the request by then.
            jdbc.sql("update article set hidden = true where slug = ?")
                    .param(SeedArticles.D)
                    .update();
            await().atMost(Duration.ofSeconds(5)).until(() -> count() == 4);
            assertThat(occurrences(output, "Building the OpenSearch index " + alias + " "))
                    .isEqualTo(2);

            stopIndexer();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> output.getOut().contains("is written by this instance now"));
            jdbc.sql("update article set hidden = false where slug = ?")
                    .param(SeedArticles.D)
                    .update();
            await().atMost(Duration.ofSeconds(5)).until(() -> count() == 5);
            assertThat(occurrences(output, "Building the OpenSearch index " + alias + " "))
                    .isEqualTo(2);
        } finally {
            second.stop();
        }
    }

    @Test
    void aRebuildThatFailsHalfwayLeavesTheIndexAsItWasAndNothingBehind() throws Exception {
        startIndexer();
        awaitUpToDate();
        stopIndexer();
        String before = behindAlias();
        OpenSearchIndex index = new OpenSearchIndex(node.url(), alias, json);
        IndexTarget.Found found = index.open(outbox.origin().id());
        IndexPosition position = ((IndexTarget.Found.Usable) found).position();
        List<IndexedArticle> articles = outbox.articles(
                jdbc.sql("select id from public_article").query(Long.class).list());

        // The rebuild writes two articles of five, then the database connection dies.
        assertThatThrownBy(() -> index.replaceAll(
                        new DyingArticles(articles, 2), new IndexPosition(position.seq() + 1), written -> {}))
                .hasMessageContaining("halfway");

        assertThat(behindAlias()).isEqualTo(before);
        assertThat(indexes()).containsExactly(before);
        assertThat(count()).isEqualTo(5);
        assertThat(index.open(outbox.origin().id())).isEqualTo(found);
    }

    @Test
    void anArticleReadEarlierNeverReplacesTheSameArticleReadLater() throws Exception {
        startIndexer();
        awaitUpToDate();
        stopIndexer();
        OpenSearchIndex index = new OpenSearchIndex(node.url(), alias, json);
        IndexPosition position =
                ((IndexTarget.Found.Usable) index.open(outbox.origin().id())).position();
        Long id = jdbc.sql("select id from article where slug = ?")
                .param(SeedArticles.A)
                .query(Long.class)
                .single();
        IndexedArticle now = outbox.articles(List.of(id)).get(0);
        IndexedArticle later = new IndexedArticle(
                now.id(),
                now.slug(),
                "A later headline",
                now.lede(),
                now.bodyText(),
                now.dates(),
                now.lastChanged(),
                now.topicSlugs(),
                now.entities(),
                now.eventId());

        index.apply(List.of(later), List.of(), new IndexPosition(position.seq() + 10));
        // Another instance, slower, writes what it read before the change.
        index.apply(List.of(now), List.of(), new IndexPosition(position.seq() + 5));
        refresh();

        assertThat(article(SeedArticles.A).path("headline").asText()).isEqualTo("A later headline");
    }

    @Test
    void aClusterThatCannotBeWrittenIsToldOnceAndTriedAgainWithoutHoldingUpThePagesIndex(CapturedOutput output)
            throws Exception {
        // A cluster that answers 503 to everything; one refusing connections takes the same way.
        try (StandInCluster failing = new StandInCluster(503)) {
            startIndexer(failing.url());

            await().atMost(Duration.ofSeconds(10)).until(() -> failing.requests() >= 5);

            assertThat(occurrences(output, "cannot be written")).isEqualTo(1);
            assertThat(indexer.position()).isNull();
            assertThat(indexer.secondsBehind()).isNaN();
            assertThat(indexer.isRunning()).isTrue();
        }
    }

    @Test
    void aClusterThatAsksForCredentialsGetsThemWithEveryRequest() throws Exception {
        try (StandInCluster secured = new StandInCluster(404)) {
            OpenSearchIndex index = new OpenSearchIndex(secured.url(), "timeline", "pässword", alias, json);

            assertThat(index.open(outbox.origin().id())).isInstanceOf(IndexTarget.Found.Unusable.class);

            String expected =
                    "Basic " + Base64.getEncoder().encodeToString("timeline:pässword".getBytes(StandardCharsets.UTF_8));
            assertThat(secured.authorizations()).isNotEmpty().allMatch(expected::equals);
        }
    }

    /** An HTTP server in OpenSearch's place that answers every request with one status, and counts them. */
    private static final class StandInCluster implements AutoCloseable {

        private final HttpServer server;
        private final List<String> authorizations = new CopyOnWriteArrayList<>();

        StandInCluster(int status) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        int requests() {
            return authorizations.size();
        }

        /** Each request's Authorization header ("null" where it had none). */
        List<String> authorizations() {
            return authorizations;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private List<String> readIndexWords(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (ArticleAnalyzer analyzer = new ArticleAnalyzer();
                TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    private List<String> openSearchWords(String text) throws Exception {
        String body = json.createObjectNode()
                .put("analyzer", "article")
                .put("text", text)
                .toString();
        List<String> words = new ArrayList<>();
        send("POST", "/" + alias + "/_analyze", body)
                .path("tokens")
                .forEach(token -> words.add(token.path("token").asText()));
        return words;
    }

    private long count() throws Exception {
        refresh();
        return send("GET", "/" + alias + "/_count", null).path("count").asLong();
    }

    private void refresh() throws Exception {
        send("POST", "/" + alias + "/_refresh", null);
    }

    private JsonNode article(String slug) throws Exception {
        JsonNode hits = send("POST", "/" + alias + "/_search", "{\"query\": {\"term\": {\"slug\": \"" + slug + "\"}}}")
                .path("hits")
                .path("hits");
        assertThat(hits).hasSize(1);
        return hits.get(0).path("_source");
    }

    /** The slugs of the articles a query finds, as OpenSearch sees the index now (no refresh asked). */
    private List<String> found(String query) throws Exception {
        List<String> slugs = new ArrayList<>();
        send("POST", "/" + alias + "/_search", "{\"query\": " + query + "}")
                .path("hits")
                .path("hits")
                .forEach(hit -> slugs.add(hit.path("_source").path("slug").asText()));
        return slugs;
    }

    private String behindAlias() throws Exception {
        List<String> names = new ArrayList<>();
        send("GET", "/_alias/" + alias, null).fieldNames().forEachRemaining(names::add);
        assertThat(names).hasSize(1);
        return names.get(0);
    }

    private List<String> indexes() throws Exception {
        List<String> names = new ArrayList<>();
        send("GET", "/_resolve/index/" + alias + "-*", null)
                .path("indices")
                .forEach(index -> names.add(index.path("name").asText()));
        return names;
    }

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isLessThan(300);
        return json.readTree(answer.body());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private String headline(String slug) {
        return jdbc.sql("select headline from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private long publicArticles() {
        return jdbc.sql("select count(*) from public_article").query(Long.class).single();
    }

    private static int occurrences(CapturedOutput output, String text) {
        return output.getOut().split(Pattern.quote(text), -1).length - 1;
    }
}
