package org.nkrtimeline.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.EntityKind;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The articles readers may see, in an index of an OpenSearch cluster (docs/search.md, "OpenSearch"):
 * the same articles as the read index, analysed the same way ({@link ArticleAnalyzer}'s words), kept
 * from the same outbox. It is reached through an alias ({@code timeline.opensearch.index}): a rebuild
 * fills a new index beside the current one and then moves the alias in one step, so whoever reads it
 * never sees a half-built index, and a crash during a rebuild leaves the current one as it was.
 *
 * <p>Every instance given the cluster's address writes to it. Each article is written with the
 * position of the outbox it was read at as its external version, so an instance that read an article
 * earlier never replaces what another read later, and writing the same state twice changes nothing.
 * The index's position (its mapping's {@code _meta}) is saved after the articles, so a crash between
 * the two only means reading some changes again.
 */
final class OpenSearchIndex implements IndexTarget {

    /** The documents' form: an index written in another one is rebuilt. */
    static final String FORMAT = "3";

    /** {@link Fields#DAY} as a date field, in milliseconds since the epoch. */
    static final String DAY_TIME = "day_time";

    static final long MILLIS_PER_DAY = 86_400_000L;

    /** Articles sent in one bulk request by a rebuild. */
    private static final int BULK = 500;

    private final RestClient http;
    private final String url;
    private final String alias;
    private final ObjectMapper json;
    private String origin;

    /** A cluster that asks for no credentials. */
    OpenSearchIndex(String url, String alias, ObjectMapper json) {
        this(url, "", "", alias, json);
    }

    /**
     * @param username with {@code password}, sent with every request (HTTP Basic), as a cluster with
     *     OpenSearch's security plugin asks; empty: none
     */
    OpenSearchIndex(String url, String username, String password, String alias, ObjectMapper json) {
        this.http = client(url, username, password, Duration.ofSeconds(60));
        this.url = url;
        this.alias = alias;
        this.json = json;
    }

    /**
     * A client of the cluster at {@code url}, with an account if {@code username} is not empty (HTTP
     * Basic on every request), that waits at most {@code readTimeout} for an answer.
     */
    static RestClient client(String url, String username, String password, Duration readTimeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(readTimeout);
        RestClient.Builder client = RestClient.builder().baseUrl(url).requestFactory(requests);
        if (!username.isEmpty()) {
            client.defaultHeaders(headers -> headers.setBasicAuth(username, password, StandardCharsets.UTF_8));
        }
        return client.build();
    }

    @Override
    public String name() {
        return "the OpenSearch index " + alias + " at " + url;
    }

    @Override
    public Found open(String origin) throws IOException {
        this.origin = origin;
        List<String> current = behindAlias();
        if (current.isEmpty()) {
            return new Found.Unusable("there is no index " + alias + " in OpenSearch at " + url);
        }
        String index = current.get(0);
        JsonNode meta =
                get("/" + index + "/_mapping").path(index).path("mappings").path("_meta");
        if (!FORMAT.equals(meta.path("format").asText()) || !meta.has("seq")) {
            return new Found.Unusable("the index " + index + " was written by another version");
        }
        if (!origin.equals(meta.path("origin").asText())) {
            return new Found.Unusable("the index " + index + " was built from another database");
        }
        return new Found.Usable(new IndexPosition(meta.path("seq").asLong()));
    }

    @Override
    public void apply(List<IndexedArticle> articles, Collection<Long> removed, IndexPosition position)
            throws IOException {
        StringBuilder bulk = new StringBuilder();
        articles.forEach(article -> written(bulk, article, position));
        removed.forEach(id -> bulk.append(action("delete", id, position)).append('\n'));
        if (!bulk.isEmpty()) {
            // Only through the alias: were it gone, OpenSearch would otherwise make an index of that
            // name with mappings guessed from the documents.
            // Searchable before the position is saved: pages that read the position (the page cache's
            // version) then find every change up to it.
            send("/" + alias + "/_bulk?require_alias=true&refresh=wait_for", bulk);
        }
        savePosition(alias, position);
    }

    @Override
    public void replaceAll(Iterator<IndexedArticle> articles, IndexPosition position, LongConsumer progress)
            throws IOException {
        long started = System.currentTimeMillis();
        List<String> before = behindAlias();
        String fresh = alias + "-" + position.seq() + "-" + started;
        create(fresh);
        try {
            StringBuilder bulk = new StringBuilder();
            int inBulk = 0;
            long written = 0;
            while (articles.hasNext()) {
                written(bulk, articles.next(), position);
                progress.accept(++written);
                if (++inBulk == BULK) {
                    send("/" + fresh + "/_bulk", bulk);
                    bulk.setLength(0);
                    inBulk = 0;
                }
            }
            if (inBulk > 0) {
                send("/" + fresh + "/_bulk", bulk);
            }
            put("/" + fresh + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
            post("/" + fresh + "/_refresh", "");
            savePosition(fresh, position);
        } catch (IOException | RuntimeException e) {
            delete(fresh);
            throw e;
        }
        ObjectNode aliases = json.createObjectNode();
        ArrayNode actions = aliases.putArray("actions");
        before.forEach(
                old -> actions.addObject().putObject("remove").put("index", old).put("alias", alias));
        actions.addObject().putObject("add").put("index", fresh).put("alias", alias);
        post("/_aliases", aliases.toString());
        for (String left : ours()) {
            // The indexes it replaced, and any a crashed rebuild left half-built (named before this one).
            if (before.contains(left) || (!left.equals(fresh) && startedAt(left) < started)) {
                delete(left);
            }
        }
    }

    @Override
    public String summary() throws IOException {
        long count = get("/" + alias + "/_count").path("count").asLong();
        long bytes = get("/" + alias + "/_stats/store")
                .path("_all")
                .path("primaries")
                .path("store")
                .path("size_in_bytes")
                .asLong();
        return count + " articles (" + bytes / (1024 * 1024) + " MB)";
    }

    /** The index's document of an article: what is searched, filtered, counted and shown of it. */
    ObjectNode document(IndexedArticle article) {
        ObjectNode doc = json.createObjectNode();
        doc.put("id", article.id());
        doc.put("slug", article.slug());
        doc.put("headline", article.headline());
        doc.put("lede", article.lede());
        doc.put("body", article.bodyText());
        ArticleDates dates = article.dates();
        doc.put(
                "event_date",
                dates.eventDate() == null ? null : dates.eventDate().toString());
        doc.put(
                "event_precision",
                dates.eventPrecision() == null ? null : dates.eventPrecision().name());
        doc.put("event_estimated", dates.eventEstimated());
        doc.put("event_note", dates.eventNote());
        doc.put("event_source_url", dates.eventSourceUrl());
        doc.put("event_scheduled", dates.eventScheduled());
        doc.put(
                "published_date",
                dates.publishedDate() == null ? null : dates.publishedDate().toString());
        doc.put("published_note", dates.publishedNote());
        doc.put("last_changed", article.lastChanged().toString());
        article.topicSlugs().forEach(doc.putArray("topics")::add);
        ArrayNode entities = doc.putArray("entities");
        ArrayNode mentions = doc.putArray("mentions");
        for (EntityKind kind : EntityKind.values()) {
            doc.putArray(kindField(kind));
        }
        for (IndexedArticle.EntityTag entity : article.entities()) {
            entities.add(entity.slug());
            ((ArrayNode) doc.get(kindField(entity.kind()))).add(entity.slug());
            mentions.addObject().put("entity", entity.slug()).put("count", entity.mentions());
        }
        if (article.eventId() != null) {
            doc.put("event_id", article.eventId());
        }
        // The read index's sort and filter keys, under its names, so that pages read either the same way.
        article.sortKeys().forEach(doc::put);
        // The day again as a date, for closeness in time: OpenSearch's distance_feature takes dates only.
        doc.put(DAY_TIME, article.sortKeys().get(Fields.DAY) * MILLIS_PER_DAY);
        return doc;
    }

    /** The field of the slugs of one kind's entities: "people", "places", "organisations". */
    static String kindField(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "people";
            case PLACE -> "places";
            case ORGANISATION -> "organisations";
        };
    }

    private void written(StringBuilder bulk, IndexedArticle article, IndexPosition position) {
        bulk.append(action("index", article.id(), position))
                .append('\n')
                .append(document(article))
                .append('\n');
    }

    private String action(String kind, long id, IndexPosition position) {
        ObjectNode action = json.createObjectNode();
        action.putObject(kind)
                .put("_id", Long.toString(id))
                .put("version", position.seq())
                .put("version_type", "external_gte");
        return action.toString();
    }

    private void create(String index) throws IOException {
        ObjectNode body;
        try (InputStream in = OpenSearchIndex.class.getResourceAsStream("/index/opensearch-articles.json")) {
            if (in == null) {
                throw new IllegalStateException("index/opensearch-articles.json is missing from the classpath");
            }
            body = (ObjectNode) json.readTree(in);
        }
        ObjectNode stop = (ObjectNode)
                body.path("settings").path("analysis").path("filter").path("article_stop");
        ArticleAnalyzer.stopWordList().forEach(stop.putArray("stopwords")::add);
        // No refreshes while it is filled: nobody reads it before the alias moves to it.
        ((ObjectNode) body.path("settings").path("index")).put("refresh_interval", "-1");
        put("/" + index, body.toString());
    }

    private void savePosition(String index, IndexPosition position) throws IOException {
        ObjectNode mapping = json.createObjectNode();
        mapping.putObject("_meta").put("format", FORMAT).put("origin", origin).put("seq", position.seq());
        put("/" + index + "/_mapping", mapping.toString());
    }

    /**
     * Sends a bulk request. An article a later reading already wrote (a conflict of versions) and a
     * removal of an article the index does not hold are no failures; anything else is.
     */
    private void send(String path, CharSequence bulk) throws IOException {
        JsonNode answer = json.readTree(http.post()
                .uri(path)
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(utf8(bulk.toString()))
                .retrieve()
                .body(byte[].class));
        if (!answer.path("errors").asBoolean()) {
            return;
        }
        for (JsonNode item : answer.path("items")) {
            JsonNode result = item.elements().next();
            int status = result.path("status").asInt();
            boolean absentRemoval = item.has("delete") && status == HttpStatus.NOT_FOUND.value();
            if (status >= 300 && status != HttpStatus.CONFLICT.value() && !absentRemoval) {
                throw new IOException(
                        "OpenSearch refused article " + result.path("_id").asText() + ": "
                                + result.path("error").path("reason").asText());
            }
        }
    }

    /** The indexes the alias names (one, unless a rebuild of another instance is moving it). */
    private List<String> behindAlias() throws IOException {
        String answer = http.get().uri("/_alias/{alias}", alias).exchange((request, response) -> {
            if (response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                return "{}";
            }
            String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            if (response.getStatusCode().isError()) {
                throw new RestClientException("OpenSearch answered " + response.getStatusCode() + ": " + body);
            }
            return body;
        });
        JsonNode found = json.readTree(answer);
        List<String> names = new ArrayList<>();
        found.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every index a rebuild made: the alias's name, its position and the time it started. */
    private List<String> ours() throws IOException {
        // Only names of that form: another alias may begin with this one's name ("…-staging").
        Pattern ours = Pattern.compile(Pattern.quote(alias) + "-\\d+-\\d+");
        List<String> names = new ArrayList<>();
        get("/_resolve/index/" + alias + "-*")
                .path("indices")
                .forEach(index -> names.add(index.path("name").asText()));
        names.removeIf(name -> !ours.matcher(name).matches());
        return names;
    }

    private static long startedAt(String index) {
        try {
            return Long.parseLong(index.substring(index.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private JsonNode get(String path) throws IOException {
        return json.readTree(http.get().uri(path).retrieve().body(byte[].class));
    }

    private void put(String path, String body) {
        send(HttpMethod.PUT, path, body);
    }

    private void post(String path, String body) {
        send(HttpMethod.POST, path, body);
    }

    private void send(HttpMethod method, String path, String body) {
        http.method(method)
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(utf8(body))
                .retrieve()
                .toBodilessEntity();
    }

    /**
     * A request's text in UTF-8, as OpenSearch reads it: sent as a string, Spring's converter would
     * encode it in ISO-8859-1, turning "’" and every other character outside it into "?".
     */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void delete(String index) {
        try {
            http.delete().uri("/" + index).retrieve().toBodilessEntity();
        } catch (RuntimeException e) {
            // Left for the next rebuild, which removes what an earlier one left behind.
        }
    }
}
