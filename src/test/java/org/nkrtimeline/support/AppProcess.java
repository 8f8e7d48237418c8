package org.nkrtimeline.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application (the jar that {@code ./mvnw package} builds, before the integration
 * tests run) in a process of its own, as it runs in production, so that a test can send it a
 * signal or take its database away. Its output goes to a file, shown when it fails to start.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final Path output;
    private final int port;

    private AppProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts the jar with these environment variables and arguments; returns once its liveness probe answers. */
    public static AppProcess start(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        AppProcess app = launch(environment, args);
        app.awaitLiveness();
        return app;
    }

    /** Starts the jar with these environment variables and arguments and returns at once (a failing start). */
    public static AppProcess launch(Map<String, String> environment, String... args) throws IOException {
        int port = FreePort.find();
        Path output = Files.createTempFile("nkr-app", ".log");
        // The serial collector and C1 only, as the Dockerfile runs it: the application starts faster.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        return new AppProcess(builder.start(), output, port);
    }

    public int port() {
        return port;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    public Process process() {
        return process;
    }

    /** What the application has written so far. */
    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(output);
    }

    private void awaitLiveness() throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        try {
            // An exit ends the wait at once (Awaitility passes the exception on); not listening yet does not.
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(200)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "The application exited (" + process.exitValue() + "):\n" + output());
                }
                return answersLiveness(http);
            });
        } catch (ConditionTimeoutException slow) {
            process.destroyForcibly();
            throw new IllegalStateException("The application did not start within " + STARTUP + ":\n" + output(), slow);
        }
    }

    private boolean answersLiveness(HttpClient http) throws InterruptedException {
        try {
            return http.send(
                                    HttpRequest.newBuilder(uri("/actuator/health/liveness"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().matches("nkr-timeline-.*\\.jar"))
                    .toList();
            if (jars.size() != 1) {
                throw new IllegalStateException(
                        "Expected the one packaged jar in target/ (run ./mvnw verify), found " + jars);
            }
            return jars.get(0);
        }
    }
}
