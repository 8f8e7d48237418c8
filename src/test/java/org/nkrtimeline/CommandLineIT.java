package org.nkrtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.AppProcess;
import org.nkrtimeline.support.ScratchDatabase;

/**
 * The packaged jar's command line, as a user types it: help and a mistyped command answer within seconds
 * and exit (the web app, had it started, would never exit), and Spring Boot properties given as arguments
 * still start the web app. TimelineApplicationTest covers the cases in detail, without a process.
 */
class CommandLineIT {

    private static final long SECONDS = 10;

    @Test
    void helpPrintsTheUsageAndExitsZeroWithinSeconds() throws Exception {
        long launched = System.nanoTime();
        try (AppProcess app = AppProcess.launch(Map.of(), "--help")) {

            assertThat(app.process().waitFor(SECONDS, TimeUnit.SECONDS))
                    .as("exited within %d s", SECONDS)
                    .isTrue();

            System.out.printf("--help exited after %d ms%n", elapsedMillis(launched));
            assertThat(app.process().exitValue()).isZero();
            assertThat(app.output())
                    .startsWith("Usage: java -jar nkr-timeline.jar [--NAME=VALUE...]")
                    .contains("  import [--publish] FILE|DIRECTORY...")
                    .contains("  add-editor USERNAME")
                    .contains("Exit status: 0 done")
                    .doesNotContain("TimelineApplication");
        }
    }

    @Test
    void aMistypedCommandSuggestsTheRightOneAndExitsTwoWithinSeconds() throws Exception {
        long launched = System.nanoTime();
        try (AppProcess app = AppProcess.launch(Map.of(), "imprt", "x.txt")) {

            assertThat(app.process().waitFor(SECONDS, TimeUnit.SECONDS))
                    .as("exited within %d s", SECONDS)
                    .isTrue();

            System.out.printf("a mistyped command exited after %d ms%n", elapsedMillis(launched));
            assertThat(app.process().exitValue()).isEqualTo(2);
            assertThat(app.output())
                    .startsWith("Unknown command \"imprt\". Did you mean import?")
                    .doesNotContain("TimelineApplication");
        }
    }

    @Test
    void springBootPropertiesAsArgumentsStillStartTheWebApp() throws Exception {
        try (ScratchDatabase database = new ScratchDatabase("command_line");
                AppProcess app =
                        AppProcess.start(database.environment(), "--timeline.site-url=https://timeline.example.org")) {

            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(app.uri("/")).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(page.body()).select("link[rel=canonical]").attr("href"))
                    .as("the canonical address, from the property given as an argument")
                    .startsWith("https://timeline.example.org/");
        }
    }

    private static long elapsedMillis(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis();
    }
}
