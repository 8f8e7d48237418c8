package org.nkrtimeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nkrtimeline.support.WebTest;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One line per request, with what operators need and nothing about the reader. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest extends WebTest {

    /**
     * Logging is one per JVM: a command-line run in an earlier test (which logs warnings only) may
     * have left the level there for the web application this test shares.
     */
    @BeforeEach
    void logRequests() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(RequestLog.LOGGER, LogLevel.INFO);
    }

    @Test
    void aPageRequestIsLoggedWithItsParameterNamesButNotWhatWasSearched(CapturedOutput output) {
        String marker = "marker" + System.nanoTime();
        get("/?q=kim+jong+un+" + marker + "&order=desc");

        String line = awaitLine(output, "GET /?order,q ");
        assertThat(line)
                .matches(".*GET /\\?order,q 200 \\d+ B \\d+ ms cache miss.*")
                .doesNotContain(marker, "kim", "127.0.0.1", "localhost", "Java-http-client");
    }

    @Test
    void aPageFromTheCacheIsLoggedAsAHit(CapturedOutput output) {
        // Rendered twice (a page is kept from its address's second request), then from the cache.
        get("/topics?hit=1");
        get("/topics?hit=1");
        get("/topics?hit=1");

        assertThat(awaitLine(output, "GET /topics?hit 200")).endsWith("cache miss");
        assertThat(awaitLine(output, "cache hit")).contains("GET /topics?hit 200");
    }

    @Test
    void requestsThatTomcatRefusesItselfAreLoggedToo(CapturedOutput output) {
        assertThat(get("/a%00b").status()).isEqualTo(400);

        assertThat(awaitLine(output, "GET /a%00b 400")).isNotNull();
    }

    @Test
    void aHostileParameterNameIsNotCopiedIntoTheLog() {
        assertThat(RequestLog.parameterNames("q=1&%3Cscript%3E=2&topic=a&topic=b&&=x"))
                .isEqualTo("(other),q,topic");
        assertThat(RequestLog.parameterNames(null)).isEmpty();
    }

    private static String awaitLine(CapturedOutput output, String fragment) {
        await().atMost(Duration.ofSeconds(5)).until(() -> lines(output).stream().anyMatch(l -> l.contains(fragment)));
        return lines(output).stream()
                .filter(l -> l.contains(fragment))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> lines(CapturedOutput output) {
        return Arrays.asList(output.getOut().split("\n"));
    }
}
