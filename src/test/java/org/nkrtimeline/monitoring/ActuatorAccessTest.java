package org.nkrtimeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.collection.CollectionChanged;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Of Actuator, only health is public, and it says no more than UP or DOWN; metrics and the
 * Prometheus scrape need an editor, by session or HTTP Basic; nothing else is reachable at all.
 * (Spring Boot's tests leave metrics export off unless asked, as here.)
 */
@AutoConfigureObservability(tracing = false)
class ActuatorAccessTest extends EditorWebTest {

    private static final String JSON = "application/json";

    @Autowired
    private ApplicationEventPublisher events;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthIsPublicAndSaysOnlyWhetherTheAppIsUp(String path) {
        Page health = get(path, "Accept", JSON);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.html()).startsWith("{\"status\":\"UP\"").doesNotContain("components", "details", "db");
        assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(health.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void healthOfSingleComponentsIsNotShown() {
        assertThat(get("/actuator/health/db", "Accept", JSON).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator",
                "/actuator/info",
                "/actuator/metrics",
                "/actuator/metrics/jvm.memory.used",
                "/actuator/prometheus"
            })
    void everythingElseExposedAsksAnonymousVisitorsToSignInWithoutStartingASession(String path) {
        Page refused = get(path, "Accept", JSON);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(refused.html()).doesNotContain("jvm", "http_server");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/loggers",
                "/actuator/mappings",
                "/actuator/shutdown",
                "/actuator/flyway",
                "/actuator/sessions"
            })
    void endpointsThatAreNotExposedCannotBeReachedEvenByAnEditor(String path) {
        EditorSession editor = newEditor("ada");

        assertThat(editor.get(path, "Accept", JSON).status()).isEqualTo(404);
        assertThat(get(path, "Accept", JSON).status()).isIn(401, 404);
    }

    @Test
    void aSignedInEditorReadsTheMetrics() {
        EditorSession editor = newEditor("ada");

        Page metric = editor.get("/actuator/metrics/jvm.memory.used", "Accept", JSON);

        assertThat(metric.status()).isEqualTo(200);
        assertThat(metric.html()).contains("\"name\":\"jvm.memory.used\"");
    }

    @Test
    void aScraperWithAnEditorsPasswordReadsThePrometheusMetricsWithoutASession() {
        accounts.create("scraper", PASSWORD);

        Page scrape = scrape("scraper", PASSWORD);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.html())
                .contains(
                        "jvm_memory_used_bytes",
                        "hikaricp_connections_active",
                        "timeline_admission_waiting ",
                        "timeline_admission_refused_total ");
        assertThat(scrape.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefused() {
        accounts.create("scraper", PASSWORD);

        assertThat(scrape("scraper", "not the password").status()).isEqualTo(401);
    }

    @Test
    void pagesAnsweredFromThePageCacheAreCounted() {
        accounts.create("scraper", PASSWORD);
        // Reads the collection's version now, so that the last test's clean-up cannot empty the
        // cache between these requests.
        events.publishEvent(new CollectionChanged());
        String page = "/topics?counted=" + System.nanoTime();
        long before = cacheHits();

        get(page);
        get(page);
        get(page);
        get(page);

        assertThat(cacheHits() - before)
                .as("rendered twice (kept from its second request), then answered from the cache")
                .isEqualTo(2);
    }

    private long cacheHits() {
        String scrape = scrape("scraper", PASSWORD).html();
        Matcher hits = Pattern.compile(
                        "^timeline_page_cache_requests_total\\{result=\"hit\"} ([0-9.E]+)$", Pattern.MULTILINE)
                .matcher(scrape);
        assertThat(hits.find()).as("the page cache's hit counter in\n" + scrape).isTrue();
        return (long) Double.parseDouble(hits.group(1));
    }

    private Page scrape(String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return get("/actuator/prometheus", "Accept", "text/plain", "Authorization", "Basic " + credentials);
    }
}
