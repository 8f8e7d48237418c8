package org.nkrtimeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A real OpenSearch 2.19.6 node on a free port, for tests of the OpenSearch index: the server itself,
 * with its HTTP transport and its analysis module, started in this JVM from the jars Maven copies to
 * target/opensearch, in a class loader of its own (its Netty, Jackson and log4j never meet the
 * app's). It is what the docker-compose profile runs, without a Docker engine. Its data lives in a
 * temporary folder, deleted on close.
 */
public final class OpenSearchNode implements AutoCloseable {

    private final URLClassLoader loader;
    private final Path home;
    private final int port;
    private final AutoCloseable node;

    private OpenSearchNode(URLClassLoader loader, Path home, int port, AutoCloseable node) {
        this.loader = loader;
        this.home = home;
        this.port = port;
        this.node = node;
    }

    /**
     * For bench/opensearch.sh: a node on the HTTP port given, run from the test classes alone
     * ({@code java -cp target/test-classes org.nkrtimeline.support.OpenSearchNode 9200}) until killed.
     */
    public static void main(String[] args) throws Exception {
        try (OpenSearchNode node = start(Integer.parseInt(args[0]))) {
            System.out.println("OpenSearch is up at " + node.url());
            Thread.currentThread().join();
        }
    }

    /** Starts a single-node cluster on a free port and returns once it answers. */
    public static OpenSearchNode start() throws IOException {
        return start(FreePort.find());
    }

    private static OpenSearchNode start(int port) throws IOException {
        URLClassLoader loader = CopiedJars.loader("opensearch");
        Path home = Files.createTempDirectory("opensearch-node");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Object settings = settings(
                    loader,
                    Map.of(
                            "path.home", home.toString(),
                            "cluster.name", "timeline-test",
                            "node.name", "test-node",
                            "network.host", "127.0.0.1",
                            "http.port", Integer.toString(port),
                            "transport.port", Integer.toString(FreePort.find()),
                            "discovery.type", "single-node",
                            // A test machine's disk may be fuller than a server's: allocate shards anyway.
                            "cluster.routing.allocation.disk.threshold_enabled", "false"));
            Class<?> settingsType = loader.loadClass("org.opensearch.common.settings.Settings");
            Class<?> environmentType = loader.loadClass("org.opensearch.env.Environment");
            Object environment = loader.loadClass("org.opensearch.node.InternalSettingsPreparer")
                    .getMethod("prepareEnvironment", settingsType, Map.class, Path.class, Supplier.class)
                    .invoke(null, settings, Map.of(), null, (Supplier<String>) () -> "test-node");
            // The constructor that takes plugins from the classpath, as OpenSearch's own test nodes do.
            Constructor<?> nodeType = loader.loadClass("org.opensearch.node.Node")
                    .getDeclaredConstructor(environmentType, Collection.class, boolean.class);
            nodeType.setAccessible(true);
            AutoCloseable node = (AutoCloseable) nodeType.newInstance(
                    environment,
                    List.of(
                            loader.loadClass("org.opensearch.transport.Netty4Plugin"),
                            loader.loadClass("org.opensearch.analysis.common.CommonAnalysisPlugin")),
                    true);
            node.getClass().getMethod("start").invoke(node);
            OpenSearchNode started = new OpenSearchNode(loader, home, port, node);
            started.awaitHealth();
            return started;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The OpenSearch node did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The OpenSearch node in target/opensearch could not be loaded", e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Object settings(ClassLoader loader, Map<String, String> values) throws ReflectiveOperationException {
        Object builder = loader.loadClass("org.opensearch.common.settings.Settings")
                .getMethod("builder")
                .invoke(null);
        for (Map.Entry<String, String> value : values.entrySet()) {
            builder.getClass()
                    .getMethod("put", String.class, String.class)
                    .invoke(builder, value.getKey(), value.getValue());
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private void awaitHealth() throws IOException {
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=green&timeout=60s"))
                .build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The OpenSearch node is not healthy: " + answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Its HTTP address, as the app's {@code timeline.opensearch.url} takes it. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        try {
            node.close();
        } finally {
            loader.close();
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(OpenSearchNode::delete);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
