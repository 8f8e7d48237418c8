package org.nkrtimeline.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.AppProcess;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.PrivatePostgres;
import org.nkrtimeline.support.WebTest.Page;

/**
 * PostgreSQL really stops under the running application, and starts again: pages answer within a
 * few seconds with the styled 503 page, readiness reports DOWN while liveness stays UP, and once the
 * server is back the application serves normally again, without a restart, within 10 seconds.
 */
class DatabaseOutageIT {

    /** Hikari waits 3 s for a connection (application.properties); the rest is margin for a slow machine. */
    private static final Duration ANSWERS_WITHIN = Duration.ofSeconds(6);

    private static final Duration RECOVERS_WITHIN = Duration.ofSeconds(10);
    private static final String EDITOR = "outage-editor";
    private static final String PASSWORD = "a long enough password";

    private static PrivatePostgres postgres;
    private static AppProcess app;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Every search is new, so the page cache cannot answer it. */
    private static final AtomicInteger searches = new AtomicInteger();

    @BeforeAll
    static void startPostgresAndTheApplication() throws Exception {
        postgres = PrivatePostgres.start();
        PostgresServer server = new PostgresServer("127.0.0.1", postgres.port(), "postgres", "");
        server.createDatabaseIfMissing("nkr_outage");
        app = AppProcess.start(Map.of(
                "SPRING_DATASOURCE_URL",
                server.jdbcUrl("nkr_outage"),
                "SPRING_DATASOURCE_USERNAME",
                "postgres",
                "SPRING_DATASOURCE_PASSWORD",
                "",
                "TIMELINE_EDITOR_USERNAME",
                EDITOR,
                "TIMELINE_EDITOR_PASSWORD",
                PASSWORD));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theApplicationAnswersThroughAnOutageAndRecoversWithoutARestart() throws Exception {
        assertThat(get("/").status()).isEqualTo(200);
        // Asked for twice, "/" is in the page cache (a page is kept from its second request).
        assertThat(get("/").status()).isEqualTo(200);
        assertThat(get(newSearch()).status()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
        EditorSession signingIn = EditorSession.anonymous(app.port());
        Document signInForm = signingIn.getOk("/editor/sign-in");

        postgres.stopServer();

        Timed unavailable = timed(newSearch());
        assertThat(unavailable.page().status()).isEqualTo(503);
        assertThat(unavailable.took()).isLessThan(ANSWERS_WITHIN);
        assertStyledUnavailablePage(unavailable.page());
        assertThat(unavailable.page().headers().firstValue("Retry-After")).hasValue("10");

        Timed article = timed("/articles/no-such-article-during-the-outage");
        assertThat(article.page().status()).isEqualTo(503);
        assertThat(article.took()).isLessThan(ANSWERS_WITHIN);

        Timed readiness = timed("/actuator/health/readiness");
        assertThat(readiness.page().status()).isEqualTo(503);
        assertThat(readiness.page().html()).contains("\"status\":\"DOWN\"");
        assertThat(readiness.took()).isLessThan(ANSWERS_WITHIN);
        assertThat(get("/actuator/health/liveness").status()).isEqualTo(200);

        // A page the cache holds is still right: nothing can have changed while nothing can write.
        assertThat(get("/").status()).isEqualTo(200);

        // An editor signing in is told the site is unavailable, not that the password is wrong.
        Page signIn = signingIn.submit(
                signInForm, "form[action=/editor/sign-in]", Map.of("username", EDITOR, "password", PASSWORD));
        assertThat(signIn.status()).isEqualTo(503);
        assertStyledUnavailablePage(signIn);

        postgres.startServer();
        long back = System.nanoTime();
        AtomicReference<Page> served = new AtomicReference<>();
        // Waits twice the limit, so that a slow recovery is measured and reported rather than cut off.
        await().atMost(RECOVERS_WITHIN.multipliedBy(2))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    served.set(get(newSearch()));
                    return served.get().status() == 200;
                });
        Duration recovery = Duration.ofNanos(System.nanoTime() - back);
        System.out.println("Recovered " + recovery.toMillis() + " ms after PostgreSQL was back");

        assertThat(recovery).isLessThan(RECOVERS_WITHIN);
        assertThat(served.get().document().select("main").text()).isNotBlank();
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(signingIn
                        .submit(
                                signingIn.getOk("/editor/sign-in"),
                                "form[action=/editor/sign-in]",
                                Map.of("username", EDITOR, "password", PASSWORD))
                        .location())
                .isEqualTo("/editor");
    }

    private static void assertStyledUnavailablePage(Page page) {
        Document html = Jsoup.parse(page.html());
        assertThat(html.select("h1").text()).isEqualTo("Temporarily unavailable");
        assertThat(html.select("link[rel=stylesheet]")).isNotEmpty();
        assertThat(page.html()).doesNotContain("Exception", "PSQL", "Hikari", "SQL");
    }

    private static String newSearch() {
        return "/?q=outage" + searches.incrementAndGet();
    }

    private record Timed(Page page, Duration took) {}

    private static Timed timed(String pathAndQuery) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Page page = get(pathAndQuery);
        return new Timed(page, Duration.ofNanos(System.nanoTime() - start));
    }

    /** As a browser asks for pages, and a load balancer for health (which is JSON). */
    private static Page get(String pathAndQuery) throws IOException, InterruptedException {
        String accept = pathAndQuery.startsWith("/actuator/") ? "*/*" : "text/html";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(app.uri(pathAndQuery))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null),
                response.body(),
                response.headers());
    }
}
